// The words and shapes of zone news that the splitter recognises: source markers, bylines,
// photo credits, dates. Kept together so the rules read as one vocabulary.

/**
 * A class of characters looked up by code in a table shared by all classes (a bit each): a Set
 * hashes the code at every test, and the splitter tests the first and last characters of nearly
 * every line against several classes.
 */
export class CharClass {
  private static readonly bits = new Uint16Array(0x10000);
  private static made = 0;
  private readonly bit: number;

  /** The class of `chars`, each a single UTF-16 unit. */
  constructor(chars: string) {
    if (CharClass.made === 16) throw new Error('CharClass: at most 16 classes share the table');
    this.bit = 1 << CharClass.made++;
    for (let i = 0; i < chars.length; i++) CharClass.bits[chars.charCodeAt(i)]! |= this.bit;
  }

  /** Whether the character `code` is in the class; NaN (read past either end of a text) never is. */
  has(code: number): boolean {
    return code >= 0 && (CharClass.bits[code]! & this.bit) !== 0;
  }
}

/** Source markers that open a lead: 科学导报 1月9日… / 本刊讯 近日… */
/** A line that starts with a dash: a 副题 under a headline (——…纪略). */
export const isDash = (t: string): boolean => /^[—–\-―─]/.test(t);

export const SOURCE_MARKER = /^(?:科学导报讯|科学导报|本刊讯|本报讯|本台讯|本网讯)(?=[\s(（记通]|\d|[\u4e00-\u9fff]|$)/;
/**
 * SOURCE_MARKER.test(t), the first character tested by its code: every marker opens with 科 or 本,
 * and the splitter asks this of nearly every line and paragraph.
 */
export function startsWithSourceMarker(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c === 0x79d1 || c === 0x672c) && SOURCE_MARKER.test(t);
}
/** A marker inside a line (text copied out of a PDF can run a headline into the next lead). */
export const INLINE_MARKER = /本刊讯|本报讯|科学导报讯/g;

const NAME = '[\\u4e00-\\u9fff·]{2,4}';
/** One to four personal names separated by spaces or 、 */
export const NAMES = `${NAME}(?:[\\s、,，]+${NAME}){0,3}`;
/** Words before the names of a byline: 记者 王波 / 文/图 韩晓东 */
const BYLINE_PREFIX = '(?:(?:本报|本刊|特约|见习)?记者|通讯员|文/图|图/文|文图|文|撰稿|作者)';
/** A line that is only a byline: 王苗苗 / 袁兆辉 张小菊 / ■ 何志敏 / (王波) / 记者 王波 */
export const BYLINE_LINE = new RegExp(`^(?:■\\s*)?(?:${BYLINE_PREFIX}[:：/\\s]*)?(?:[(（]\\s*(?:${BYLINE_PREFIX}[:：/\\s]*)?(${NAMES})\\s*[)）]|(${NAMES}))$`);
/** A byline at the end of a paragraph: …推进。 (王波) / …支撑。 郑苗苗 */
export const TRAILING_BYLINE = new RegExp(`([。！？!?”"…])(\\s*)(?:[(（]\\s*(?:${BYLINE_PREFIX}[:：/\\s]*)?(${NAMES})\\s*[)）]|■?\\s*(${NAMES}))\\s*$`);
/** A reporter named in the lead: 科学导报 记者范琛 近日… */
export const LEAD_REPORTER = /^(?:科学导报讯|科学导报|本刊讯|本报讯)\s*[(（]?\s*((?:(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}[\s、,，]*)+)/;

/** Photo captions end with a credit: …现场。综改区供图 / ■ 王瑞瑞摄 / (记者 王波 摄) */
export const CAPTION = /(?:(?:^|[。.!！?？\s■])\s*■?\s*[^\s。■,，]{1,16}\s?(?:供图|摄影?|提供)|[(（][^()（）]{0,20}(?:供图|摄影?)[)）])\s*$/;

/** Words that are not names even when they stand alone on a short line. */
export const NOT_NAMES = new Set([
  '会议', '近日', '目前', '下一步', '同时', '此外', '其中', '据悉', '据了解', '总之', '综上', '前言', '结语', '附件',
  '供图', '摄影', '图片', '图文', '编辑', '责编', '审核', '校对', '记者', '通讯员', '本报', '本刊', '撰稿', '报道', '整理', '供稿', '撰文', '编辑', '本刊讯', '本报讯', '科学导报', '科学导报讯',
]);

/** Verbs that make a line naming a zone a clause (引题) rather than a label (zone line). */
export const CLAUSE_VERB = /召开|举办|举行|开展|推进|推动|安排|部署|强调|调研|考察|签约|签订|启动|实施|打造|入选|荣获|获评|获批|迎来|走进|深入|带队|督导|座谈|会见|接待|观摩|检查|视察|学习|参加|受邀|助力|加快|全力|持续|聚焦|构建|谋划|跑出|实现|完成|突破|新增|引进|落地|发布|出台|开工|投产|赴|举措|见效|提升|优化|激发|筑牢|蹚出|奋力|争先|决胜|是|有|的/;

/** Dates of the event: 1月9日, 7 月 31 日 (spaces are removed before matching). */
export const MONTH_DAY = /(\d{1,2})月(\d{1,2})[日号]/g;
export const VAGUE_TIME = /近日|近期|日前|近来|近段时间|前不久|不久前/;

/** Common surnames: a name glued to the end of a paragraph without a space must start with one. */
export const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝进逸郜智'],
);

/** Lines that belong to the page, not to an article: editor credits, sources, page headers, 完. */
export const META_LINE = /^(?:(?:责任编辑|编辑|审核|校对|来源|责编|监制|终审|初审|复审|排版|美编|投稿邮箱|邮箱|电话|地址)\s*[:：].{0,30}|[(（]\s*完\s*[)）]|[(（]\s*(?:上接|下转|接上|转第|接第|续第)[^()（）]{0,12}[)）]|第\s*\d{1,3}\s*[版期]|[A-Za-z]?\d{1,3}\s*版)$/;
/** First characters of META_LINE's words and shapes (责任编辑, 编辑, …, (完), 第3版, A3版). */
const META_FIRSTS = new CharClass('责编审校来监终初复排美投邮电地(（第0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
/** META_LINE.test(t), the first character tested by its code: most lines open with none of those. */
export function isMetaLine(t: string): boolean {
  return META_FIRSTS.has(t.charCodeAt(0)) && META_LINE.test(t);
}
/** A page header with the issue date: 2026年1月20日 星期二 / 科学导报 2026年1月20日 第3版 */
export const PAGE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
export const PAGE_HEADER_WORDS = /星期[一二三四五六日天]|周[一二三四五六日]|第\s*\S{1,4}\s*[版期]|科学导报|[报刊]\s*$/;
