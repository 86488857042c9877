// A large Report built from invented sentences (no corpus text): N zones, each with figures over
// several periods, projects, a target and articles. Used by the layout tests (page breaks, table
// headers repeated) and by bench/pdf.bench.ts (the 40-zone briefing).
import type { Figure, Period, ProjectRecord, Report, SourceRef, ZoneStats } from '../../src/types.js';

const MONTH: Period = { label: '2026年1月', from: '2026-01', to: '2026-01' };
const YEAR: Period = { label: '2025年', from: '2025', to: '2025' };
const CUMULATIVE: Period = { label: '截至目前', from: null, to: '2026' };

const CITIES = ['太原市', '大同市', '阳泉市', '长治市', '晋城市', '朔州市', '晋中市', '运城市', '忻州市', '临汾市', '吕梁市'];
const PLACES = ['示范', '东湖', '西山', '南岭', '北岸', '清河', '青石', '云岗', '汾阳', '沁水', '红崖', '白鹭', '金桥', '银川', '玉泉', '松涛', '柳林', '桃源', '杏花', '梨园'];

export function syntheticReport(zoneCount: number): Report {
  const sources: SourceRef[] = [];
  const ref = (bulletin: string, articleId: string, title: string, evidence: string, line: number): SourceRef => {
    const s: SourceRef = {
      ref: sources.length + 1, bulletin, bulletinSha256: 'f'.repeat(64), articleId, articleTitle: title, evidence,
      span: { start: line * 40, end: line * 40 + evidence.length, line },
    };
    sources.push(s);
    return s;
  };
  const zones: ZoneStats[] = [];
  for (let i = 0; i < zoneCount; i++) {
    const place = `${PLACES[i % PLACES.length]}${i >= PLACES.length ? String.fromCharCode(0x7532 + Math.floor(i / PLACES.length)) : ''}`;
    const zone = `${place}经济技术开发区`;
    const short = `${place}经开区`;
    const bulletin = `bulletin-2026-01-${String((i % 28) + 1).padStart(2, '0')}.txt`;
    const aid = `${String(i).padStart(12, '0')}:0`;
    const title = `${short}一月招商引资实现“开门红”，签约项目再创新高`;
    const n = 3 + (i % 7);
    const yi = Math.round((120 - i * 2.7) * 100) / 100;
    const f = (metric: Figure['metric'], metricLabel: string, value: number, unit: string, period: Period, status: Figure['status'], evidence: string, line: number): Figure => ({
      zone, metric, metricLabel, value, unit, amountYi: unit === '亿元' ? value : unit === '万元' ? value / 1e4 : null, approx: false,
      yoy: metric === 'signed_investment' ? 8.5 + i : null, status, period, sources: [ref(bulletin, aid, title, evidence, line)],
    });
    const figures: Figure[] = [
      f('signed_projects', '签约项目', n, '个', MONTH, 'actual', `1月份，${short}集中签约项目${n}个，总投资${yi}亿元，同比增长${8.5 + i}%。`, 5),
      f('signed_investment', '签约投资', yi, '亿元', MONTH, 'actual', `集中签约项目${n}个，总投资${yi}亿元`, 5),
      f('started_projects', '开工项目', 2 + (i % 4), '个', MONTH, 'actual', `新开工项目${2 + (i % 4)}个，涉及新材料、装备制造、现代物流等多个领域，项目建设全面提速。`, 9),
      f('industrial_output', '工业产值', 300 + i * 11.5, '亿元', YEAR, 'actual', `2025年，全区规上工业总产值完成${300 + i * 11.5}亿元，连续三年保持两位数增长。`, 14),
      f('ongoing_projects', '在建项目', 20 + i, '个', CUMULATIVE, 'actual', `截至目前，园区在建项目${20 + i}个（含续建项目），形成“谋划一批、签约一批、开工一批”的滚动格局。`, 18),
      f('annual_planned_investment', '年度计划投资', 50 + i, '亿元', { label: '2026年', from: '2026', to: '2026' }, 'target', `2026年度计划完成投资${50 + i}亿元。`, 21),
    ];
    const actual = f('annual_planned_investment', '年度计划投资', 4 + i / 10, '亿元', { label: '2026年', from: '2026', to: '2026' }, 'actual', `1月份已完成投资${4 + i / 10}亿元，占年度计划的${((4 + i / 10) / (50 + i) * 100).toFixed(1)}%。`, 22);
    figures.push(actual);
    const target = figures[5]!;
    const projects: ProjectRecord[] = [0, 1, 2].map((k) => ({
      zone, name: `${place}${['高端装备制造产业园', '新能源电池材料', '智慧物流园区（一期）'][k]}项目`, stage: (['signed', 'started', 'ongoing'] as const)[k]!, status: 'actual',
      investment: k === 2 ? null : { value: 5 + k * 3.5, unit: '亿元', approx: k === 1, amountYi: 5 + k * 3.5 },
      month: '2026-01',
      sources: [ref(bulletin, aid, title, `总投资${5 + k * 3.5}亿元的${place}项目正式${['签约', '开工', '推进'][k]}。`, 30 + k)],
    }));
    zones.push({
      zone, short, city: CITIES[i % CITIES.length] ?? null, known: i % 9 !== 8,
      figures, projects,
      projectEvents: [{ stage: 'signed', count: 1, investmentYi: 5, withAmount: 1 }, { stage: 'started', count: 1, investmentYi: 8.5, withAmount: 1 }],
      targets: [{ metric: 'annual_planned_investment', metricLabel: '年度计划投资', period: target.period, target, actual, ratio: actual.value / target.value }],
      articles: [
        { id: aid, bulletin, title, kicker: i % 2 ? '抢抓机遇 乘势而上' : null, date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, authors: ['张三', '李四'] },
        { id: `${String(i).padStart(12, '0')}:1`, bulletin, title: `${short}召开2026年重点工作推进会`, kicker: null, date: null, authors: [] },
      ],
    });
  }
  const sumBy = (metric: Figure['metric']) => {
    const fs = zones.flatMap((z) => z.figures.filter((x) => x.metric === metric && x.period === MONTH));
    return { value: fs.reduce((a, x) => a + x.value, 0), zones: fs.map((x) => x.zone), refs: fs.map((x) => x.sources[0]!.ref) };
  };
  const sp = sumBy('signed_projects');
  const si = sumBy('signed_investment');
  const st = sumBy('started_projects');
  const ranking = zones
    .map((z) => ({ z, f: z.figures.find((x) => x.metric === 'signed_investment')! }))
    .sort((a, b) => b.f.value - a.f.value)
    .map(({ z, f }, k) => ({ rank: k + 1, zone: z.zone, valueYi: f.value, period: MONTH, refs: [f.sources[0]!.ref] }));
  return {
    schemaVersion: 1,
    period: { kind: 'month', key: '2026-01', start: '2026-01-01', end: '2026-01-31', label: '2026年1月' },
    asOf: '2026-01-28',
    organisation: '示例省开发区服务中心',
    bulletins: [...new Set(zones.map((z) => z.articles[0]!.bulletin))].map((file) => ({ file, sha256: 'f'.repeat(64), issued: null, issueYear: 2026 })),
    zones,
    totals: [
      { metric: 'signed_projects', metricLabel: '签约项目', period: MONTH, status: 'actual', unit: '个', value: sp.value, zonesCovered: sp.zones.length, zonesInReport: zoneCount, zones: sp.zones, refs: sp.refs },
      { metric: 'signed_investment', metricLabel: '签约投资', period: MONTH, status: 'actual', unit: '亿元', value: si.value, zonesCovered: si.zones.length, zonesInReport: zoneCount, zones: si.zones, refs: si.refs },
      { metric: 'started_projects', metricLabel: '开工项目', period: MONTH, status: 'actual', unit: '个', value: st.value, zonesCovered: st.zones.length, zonesInReport: zoneCount, zones: st.zones, refs: st.refs },
    ],
    ranking,
    sources,
    diagnostics: zones.filter((z) => !z.known).map((z) => ({ code: 'zone.unknown', severity: 'warning' as const, message: `${z.zone} 不在开发区名录中`, file: z.articles[0]!.bulletin, line: 3 })),
  };
}
