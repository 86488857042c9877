// Source references: one per evidence span of a bulletin, numbered in order of appearance.
import type { Article, Bulletin, SourceRef, Span } from '../types.js';

export class SourceBook {
  private readonly bySpan = new Map<string, SourceRef>();
  private readonly numbered: SourceRef[] = [];

  /** The shared SourceRef of an evidence span (ref 0 until numbered). */
  of(bulletin: Bulletin, article: Article, evidence: string, span: Span): SourceRef {
    const key = `${bulletin.sha256}|${span.start}|${span.end}`;
    let ref = this.bySpan.get(key);
    if (!ref) {
      ref = { ref: 0, bulletin: bulletin.file, bulletinSha256: bulletin.sha256, articleId: article.id, articleTitle: article.title, evidence, span };
      this.bySpan.set(key, ref);
    }
    return ref;
  }

  /** Gives `ref` the next number if it has none yet. */
  number(ref: SourceRef): void {
    if (ref.ref !== 0) return;
    this.numbered.push(ref);
    ref.ref = this.numbered.length;
  }

  /** Every numbered reference, in order: the sources appendix. */
  all(): SourceRef[] {
    return [...this.numbered];
  }
}
