// 项目: every named project, with its stage, amount and the sentence it was read from.
import type { Report } from '../../../types.js';
import { refList, STAGE_LABEL, STATUS_LABEL } from '../layout.js';
import { FMT, SHEET, type ColumnPlan, type RowPlan, type SheetPlan } from '../plan.js';

export const PROJECT_COLUMNS: ColumnPlan[] = [
  { header: '开发区', meaning: '项目所在开发区' },
  { header: '项目', meaning: '项目名称（原文）', maxWidth: 40 },
  { header: '阶段', meaning: '签约、开工、在建、竣工投产、谋划储备' },
  { header: '状态', meaning: '实际：已发生；目标：计划中的' },
  { header: '投资（原文）', meaning: '原文印出的投资额，单位见“单位”列；未给出时为空', numFmt: FMT.general },
  { header: '单位', meaning: '投资额的单位（原文）' },
  { header: '投资（亿元）', meaning: '投资额换算为亿元', numFmt: FMT.decimal },
  { header: '约数', meaning: '“是”表示原文为约数' },
  { header: '月份', meaning: '项目事件所属月份（所在文章的月份）', numFmt: FMT.month },
  { header: '引用号', meaning: '简报 PDF 中的引用号', numFmt: FMT.count },
  { header: '原文', meaning: '项目所在的原句', maxWidth: 80, unique: true },
  { header: '简报文件', meaning: '原句所在的简报文件名' },
  { header: '文章标题', meaning: '原句所在文章的标题', maxWidth: 40 },
  { header: '其他出处', meaning: '同一项目在其他文章中也出现时的引用号' },
];

export function projectsSheet(report: Report): SheetPlan {
  return {
    name: SHEET.projects,
    kind: 'list',
    columns: PROJECT_COLUMNS,
    rowCount: report.zones.reduce((n, z) => n + z.projects.length, 0),
    *rows(): Generator<RowPlan> {
      for (const z of report.zones) {
        for (const p of z.projects) {
          const primary = p.sources[0];
          const inv = p.investment;
          yield {
            cells: [
              p.zone, p.name, STAGE_LABEL[p.stage], STATUS_LABEL[p.status],
              inv?.value ?? null, inv?.unit ?? null, inv?.amountYi ?? null, inv ? (inv.approx ? '是' : '否') : null,
              /^\d{4}-\d{2}$/.test(p.month) ? { kind: 'date', iso: p.month } : p.month,
              primary?.ref ?? null, primary?.evidence ?? null, primary?.bulletin ?? null, primary?.articleTitle ?? null,
              p.sources.length > 1 ? refList(p.sources.slice(1).map((s) => s.ref)) : null,
            ],
          };
        }
      }
    },
  };
}
