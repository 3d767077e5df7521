export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

// Beyond this many cells the table of common lengths would cost too much memory; the changed middle is
// then shown as deleted and inserted whole, which is still correct, only coarser.
const maxTableCells = 4_000_000;

function tokenize(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token.length > 0);
}

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = parts.at(-1);
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/** Word-level differences from `before` to `after` (a longest common subsequence of words and spaces). */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const parts: DiffPart[] = [];
  if (start > 0) push(parts, 'equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const rows = midA.length + 1;
  const columns = midB.length + 1;
  if (rows * columns > maxTableCells) {
    if (midA.length > 0) push(parts, 'delete', midA.join(''));
    if (midB.length > 0) push(parts, 'insert', midB.join(''));
  } else {
    // lengths[i * columns + j]: longest common subsequence of midA[i..] and midB[j..].
    const lengths = new Uint32Array(rows * columns);
    for (let i = midA.length - 1; i >= 0; i -= 1) {
      for (let j = midB.length - 1; j >= 0; j -= 1) {
        lengths[i * columns + j] = midA[i] === midB[j] ? lengths[(i + 1) * columns + j + 1]! + 1 : Math.max(lengths[(i + 1) * columns + j]!, lengths[i * columns + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        push(parts, 'equal', midA[i]!);
        i += 1;
        j += 1;
      } else if (i < midA.length && (j === midB.length || lengths[(i + 1) * columns + j]! >= lengths[i * columns + j + 1]!)) {
        // On a tie the removed words come first: "old → new" reads naturally.
        push(parts, 'delete', midA[i]!);
        i += 1;
      } else {
        push(parts, 'insert', midB[j]!);
        j += 1;
      }
    }
  }
  if (endA < a.length) push(parts, 'equal', a.slice(endA).join(''));
  return parts;
}
