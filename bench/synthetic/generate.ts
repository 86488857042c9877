// Synthetic bulletins in the corpus's style with known figures, for the ingest benchmark.
//
// Every zone gets one article a month: a zone line, a headline, a 科学导报 lead with the date,
// a sentence with the month's signed projects and investment, one named project signed with
// its amount, and a byline. Text and figures are invented (seeded, deterministic). The known
// totals let the benchmark check that aggregation adds up exactly what was written.

import { mulberry32 } from '../prng.js';

// Two-character place names built from syllables unlikely to be real zone names.
const FIRST = '青白柳桐枫松梅竹兰菊云雾星月霞岚澜涛泉溪峰岭川杉林湖泊滨江河洲';
const SECOND = '阳安宁泰丰盛兴隆禾平川源塬坪岗坡湾渡桥庄屯寨堡集镇店铺园亭台楼';
const KINDS = [
  { full: '经济技术开发区', short: '经开区' },
  { full: '高新技术产业开发区', short: '高新区' },
  { full: '经济开发区', short: '经开区' },
] as const;
const INDUSTRIES = ['新材料', '装备制造', '现代物流', '数字经济', '生物医药', '新能源', '食品加工', '精细化工'];
const PROJECT_KINDS = ['产业园', '生产线', '研发中心', '物流中心', '智能工厂', '仓储基地'];
const PHASES = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗';
const GIVEN = '明华伟芳军磊静涛洋艳勇杰娟强丽敏超霞';

export interface SyntheticZone {
  name: string;
  short: string;
}

export function syntheticZones(count: number): SyntheticZone[] {
  const zones: SyntheticZone[] = [];
  const maxDistinct = FIRST.length * SECOND.length * KINDS.length;
  if (count > maxDistinct) throw new Error(`at most ${maxDistinct} synthetic zones`);
  for (let i = 0; zones.length < count; i++) {
    const place = `${FIRST[i % FIRST.length]}${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}`;
    const kind = KINDS[Math.floor(i / (FIRST.length * SECOND.length)) % KINDS.length] ?? KINDS[0];
    zones.push({ name: `${place}${kind.full}`, short: `${place}${kind.short}` });
  }
  return zones;
}

export interface SyntheticBulletin {
  file: string;
  text: string;
}

/** What the generator wrote, to compare with what aggregation finds. */
export interface KnownTotals {
  /** YYYY-MM → sum over zones of the month's signed projects. */
  signedProjects: Map<string, number>;
  /** YYYY-MM → sum over zones of the month's signed investment, in 亿元 hundredths (exact integers). */
  signedInvestmentCents: Map<string, number>;
  /** Zone → number of named signed projects and their investment in 亿元 hundredths. */
  projectEvents: Map<string, { count: number; cents: number }>;
  zones: number;
  articles: number;
}

export interface GenerateOptions {
  zones: number;
  months: number;
  year: number;
  articlesPerBulletin: number;
  seed?: number;
}

const yuan = (cents: number): string => (cents / 100).toFixed(2).replace(/\.?0+$/, '');

/** Generates the bulletins month by month (lazily) and fills `known` as it goes. */
export function* generateBulletins(opts: GenerateOptions, known: KnownTotals): Generator<SyntheticBulletin> {
  const rnd = mulberry32(opts.seed ?? 20250101);
  const pick = <T>(list: readonly T[] | string): T => list[Math.floor(rnd() * list.length)] as T;
  const zones = syntheticZones(opts.zones);
  known.zones = zones.length;
  for (let m = 1; m <= opts.months; m++) {
    const month = `${opts.year}-${String(m).padStart(2, '0')}`;
    for (let b = 0; b * opts.articlesPerBulletin < zones.length; b++) {
      const day = 1 + (b % 27);
      const parts: string[] = [];
      for (const zone of zones.slice(b * opts.articlesPerBulletin, (b + 1) * opts.articlesPerBulletin)) {
        const projects = 2 + Math.floor(rnd() * 20);
        const cents = 100 + Math.floor(rnd() * 9900) + projects * 100;
        const projectCents = 10 + Math.floor(rnd() * Math.min(cents - 10, 2000));
        const industry = pick(INDUSTRIES);
        // Unique per zone and month: the same project signed twice would rightly count once.
        const projectName = `${industry}${pick(PROJECT_KINDS)}${PHASES[m - 1] ?? m}期项目`;
        const author = `${pick(SURNAMES)}${pick(GIVEN)}`;
        known.signedProjects.set(month, (known.signedProjects.get(month) ?? 0) + projects);
        known.signedInvestmentCents.set(month, (known.signedInvestmentCents.get(month) ?? 0) + cents);
        const ev = known.projectEvents.get(zone.name) ?? { count: 0, cents: 0 };
        known.projectEvents.set(zone.name, { count: ev.count + 1, cents: ev.cents + projectCents });
        known.articles++;
        parts.push([
          // The full name: 经济技术开发区 and 经济开发区 of one place share the short form 经开区.
          zone.name,
          '',
          `## ${m}月份签约项目${projects}个`,
          '',
          `科学导报 ${m}月${day}日,${zone.name}召开招商引资工作例会。${opts.year}年${m}月,该开发区共签约项目${projects}个,总投资${yuan(cents)}亿元,涉及${industry}、现代服务等领域。`,
          '',
          `会上,投资${yuan(projectCents)}亿元的${projectName}签约。会议要求,各部门要强化要素保障,推动签约项目早落地、早开工、早投产。`,
          '',
          author,
          '',
        ].join('\n'));
      }
      yield { file: `${month}-${String(day).padStart(2, '0')}_${String(b + 1).padStart(4, '0')}.txt`, text: parts.join('\n') };
    }
  }
}

export function emptyKnown(): KnownTotals {
  return { signedProjects: new Map(), signedInvestmentCents: new Map(), projectEvents: new Map(), zones: 0, articles: 0 };
}
