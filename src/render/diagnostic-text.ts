// What a diagnostic means, in Chinese, for the people who read the briefing and the workbook.
// Diagnostics are made (and stored) with English messages for the command line; their codes are
// stable, so the documents explain each code here and keep the message, with its particulars
// (the figure, the quoted sentence), as the detail.
import type { Diagnostic } from '../types.js';

/** Chinese explanation of each diagnostic code: what happened and, where there is one, what to do. */
export const DIAGNOSTIC_ZH: Readonly<Record<string, string>> = {
  // reading files
  'read.missing': '文件不存在，未处理。',
  'read.directory': '给出的是文件夹而不是文件，未处理。',
  'read.not-a-file': '不是普通文件，未处理。',
  'read.unreadable': '文件无法读取，未处理。',
  'read.empty': '文件为空，未处理。',
  'read.empty-dir': '文件夹中没有简报文件。',
  'read.too-large': '文件过大，不像一期简报，未处理；请拆分或确认是否选错了文件。',
  'read.binary': '文件不是文本（可能是图片、压缩包或 Word 文档），未处理；请先另存为文本。',
  'read.bad-bytes': '文件中有少量字节不是有效的 UTF-8，已显示为 �，请核对原文。',
  // articles and dates
  'split.no-articles': '简报中没有找到文章。',
  'split.no-headline': '一段正文前后没有找到标题，已按无标题文章处理，请核对。',
  'split.headline-only': '只有标题、没有正文的条目，已跳过，请核对。',
  'date.year-inferred': '未给出出版日期，出版年份由正文推断；如有误，请用 --issued 指定出版日期。',
  'date.issued-from-header': '出版日期取自版面页眉中的日期。',
  'date.year-unknown': '未给出出版日期，正文中也没有年份；“今年”“三季度”等期间无法确定年份，请用 --issued 指定出版日期。',
  'date.year-conflict': '正文中的年份相互矛盾，无法推断出版年份，请用 --issued 指定出版日期。',
  'zone.unknown': '文中的开发区不在开发区名录中，按原文名称列出，请核对或补充名录（data/zones.json）。',
  // figures
  'figures.no-period': '数字没有可确定的期间，已列出但不参与汇总。',
  'figures.period-unresolved': '数字的期间缺少年份（如“三季度”），不能归入具体月份，请用 --issued 指定出版日期。',
  'figures.amount-unread': '这笔投资额既不属于已知指标，也不属于具名项目，未计入。',
  'figures.not-zone': '数字属于开发区以外的主体（如全市、全省），未计入开发区。',
  // aggregation
  'aggregate.not-summable': '该数字的单位不能与其他数字相加，未计入合计。',
  'aggregate.open-period': '“截至目前”“累计”等没有起点的数字只在各开发区下列出，不跨开发区相加或排名。',
  'aggregate.year-only': '简报没有出版日期，文章也没有日期，只能计入全年统计，不能归入月份。',
  'aggregate.no-month': '简报没有出版日期，文章也没有日期，无法归入本期，未计入；请用 --issued 指定出版日期。',
  'aggregate.figure-without-zone': '文章未指明唯一的开发区，该数字未计入任何开发区。',
  'aggregate.project-without-zone': '文章未指明唯一的开发区，该项目未计入任何开发区。',
  'aggregate.article-without-zone': '文章未指明唯一的开发区，不列在任何开发区下。',
  'aggregate.project-events-mismatch': '项目逐条之和与开发区报告的总数不一致，采用开发区报告的总数。',
  'aggregate.conflicting-figures': '同一指标在不同文章中数值不同；合计、排名和目标完成率采用最新一篇文章的数值。',
  'aggregate.bad-article-date': '文章日期不是有效日期，改按出版日期归期。',
  'aggregate.article-previous-year': '文章日期晚于出版日期或相隔过远，按上一年理解，请核对。',
  'aggregate.issue-date-stand-in': '出版日期不明，以文章中最晚的日期代替。',
  // storage and re-reading
  'ingest.extract-failed': '文件无法作为简报读取，未入库。',
  'reextract.no-source': '库中没有该简报的原始文件，无法重新识别；请重新导入该文件。',
  // xlsx.* diagnostics are written in Chinese already (the workbook renderer makes them).
};

/**
 * The Chinese explanation of `d` followed by its detail, e.g.
 * "出版日期不明，以文章中最晚的日期代替。（详情：issue date unknown; …）". A code without an
 * explanation shows its message alone, never nothing.
 */
export function diagnosticText(d: Pick<Diagnostic, 'code' | 'message'>): string {
  const zh = Object.hasOwn(DIAGNOSTIC_ZH, d.code) ? DIAGNOSTIC_ZH[d.code] : undefined;
  return zh ? `${zh}（详情：${d.message}）` : d.message;
}
