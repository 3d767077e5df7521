import { startUnit } from './leading-characters.ts';

// The one trie of every word scanner's starts (see leading-characters.ts), its nodes numbered from the root, 0,
// each after its parent. The children are kept in one open-addressing table of typed arrays: a text is walked
// down the trie at each of its word starts, and a Map per node costs several times more per step.
let slotCount = 1 << 12;
let slotParents = new Int32Array(slotCount).fill(-1);
let slotUnits = new Int32Array(slotCount);
let slotChildren = new Int32Array(slotCount);
const parents: number[] = [0];

/** How many nodes the trie has: a walk from when it had fewer may stop short of the newer ones. */
export function startNodeCount(): number {
  return parents.length;
}

export function parentOf(node: number): number {
  return parents[node] ?? 0;
}

/** The node at the end of `start`, added with the nodes on the way when missing. */
export function addStart(start: string): number {
  let node = 0;
  for (let index = 0; index < start.length; index += 1) {
    const unit = start.charCodeAt(index);
    let child = childOf(node, unit);
    if (child < 0) {
      if (parents.length * 2 >= slotCount) growSlots();
      child = parents.length;
      parents.push(node);
      setChild(node, unit, child);
    }
    node = child;
  }
  return node;
}

/** The deepest node whose path the text spells from `index`, its digits read as any digit. */
export function deepestStartAt(text: string, index: number): number {
  let node = 0;
  for (let offset = index; offset < text.length; offset += 1) {
    const child = childOf(node, startUnit(text.charCodeAt(offset)));
    if (child < 0) break;
    node = child;
  }
  return node;
}

function slotOf(parent: number, unit: number): number {
  let slot = (Math.imul(parent, 0x9e3779b1) ^ unit) & (slotCount - 1);
  while (slotParents[slot] !== -1 && (slotParents[slot] !== parent || slotUnits[slot] !== unit)) slot = (slot + 1) & (slotCount - 1);
  return slot;
}

function childOf(parent: number, unit: number): number {
  const slot = slotOf(parent, unit);
  return slotParents[slot] === -1 ? -1 : (slotChildren[slot] as number);
}

function setChild(parent: number, unit: number, child: number): void {
  const slot = slotOf(parent, unit);
  slotParents[slot] = parent;
  slotUnits[slot] = unit;
  slotChildren[slot] = child;
}

function growSlots(): void {
  const [oldParents, oldUnits, oldChildren] = [slotParents, slotUnits, slotChildren];
  slotCount *= 2;
  slotParents = new Int32Array(slotCount).fill(-1);
  slotUnits = new Int32Array(slotCount);
  slotChildren = new Int32Array(slotCount);
  for (let slot = 0; slot < oldParents.length; slot += 1) {
    if (oldParents[slot] !== -1) setChild(oldParents[slot] as number, oldUnits[slot] as number, oldChildren[slot] as number);
  }
}
