// Layout transformations for tests: how PDF column copies reshape a bulletin.

/** Cuts every line longer than width + 2 into pieces of `width` characters (as PDF columns do). */
export function cutLines(text: string, width: number): string {
  return text.split('\n').flatMap((line) => {
    const chars = [...line];
    if (chars.length <= width + 2) return [line];
    const out: string[] = [];
    for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
    return out;
  }).join('\n');
}

/** Text copied out of a PDF often loses every blank line. */
export const dropBlankLines = (text: string): string => text.split('\n').filter((l) => l.trim() !== '').join('\n');
