// 文章: every article the report draws on, by zone.
import type { Report } from '../../../types.js';
import { FMT, SHEET, type ColumnPlan, type RowPlan, type SheetPlan } from '../plan.js';

export const ARTICLE_COLUMNS: ColumnPlan[] = [
  { header: '开发区', meaning: '文章所报道的开发区' },
  { header: '日期', meaning: '文章所述事件的日期；原文未给出时为空', numFmt: FMT.date },
  { header: '标题', meaning: '文章主标题', maxWidth: 50 },
  { header: '引题/副题', meaning: '主标题上方的引题或下方的副题', maxWidth: 40 },
  { header: '作者', meaning: '记者署名（多位以“、”分隔）' },
  { header: '简报文件', meaning: '文章所在的简报文件名' },
  { header: '文章编号', meaning: '文章在简报中的编号（简报指纹:序号）', unique: true },
];

export function articlesSheet(report: Report): SheetPlan {
  return {
    name: SHEET.articles,
    kind: 'list',
    columns: ARTICLE_COLUMNS,
    rowCount: report.zones.reduce((n, z) => n + z.articles.length, 0),
    *rows(): Generator<RowPlan> {
      for (const z of report.zones) {
        for (const a of z.articles) {
          yield {
            cells: [
              z.zone, a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? { kind: 'date', iso: a.date } : a.date,
              a.title, a.kicker, a.authors.join('、') || null, a.bulletin, a.id,
            ],
          };
        }
      }
    },
  };
}
