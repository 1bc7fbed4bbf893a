import { CapkitScoringError } from './scoringError.js';

/** Why a figure is withheld: too few people (`primary`), or to stop differencing (`complementary`). */
export type SuppressionReason = 'primary' | 'complementary';

/**
 * Cells of one or more tables published from the same people, each the union of some
 * **atoms**: the finest groups every table is built from (for unit, role and unit × role tables:
 * the direct members of one unit holding one role).
 *
 * The cells must come from at most two laminar families (two sets of cells in which any two
 * are nested or disjoint): a unit hierarchy with the organisation total is one, role margins and
 * unit × role crosses (one hierarchy per role) are the other. Their incidence matrix is then
 * totally unimodular, which makes the arithmetic below exact (see {@link protectCells}).
 */
export interface CellStructure {
  /** Number of atoms. */
  readonly atoms: number;
  /** Atoms of each cell, ascending, each atom at most once. */
  readonly cells: readonly (readonly number[])[];
}

/** Options of {@link protectCells}. */
export interface ProtectOptions {
  /**
   * Cells already withheld for another reason (for instance because the figure they carry rests
   * on a smaller denominator); they are treated as unpublished.
   */
  readonly withheld?: readonly (SuppressionReason | undefined)[];
  /**
   * Most partial groups (sets of up to ⌈(k − 1) / 2⌉ small atoms) the leak search may list before
   * it gives up with an error; the search is complete below this cap.
   * @default 4_000_000
   */
  readonly searchLimit?: number;
}

// Arithmetic modulo the largest prime below 2^26: a product of two residues stays below 2^52,
// so every step is exact in doubles.
const prime = 67108859;

function mod(value: number): number {
  const r = value % prime;
  return r < 0 ? r + prime : r;
}

function inverse(value: number): number {
  let [a, b, x, y] = [mod(value), prime, 1, 0];
  while (b !== 0) {
    const q = Math.floor(a / b);
    [a, b] = [b, a - q * b];
    [x, y] = [y, x - q * y];
  }
  return mod(x);
}

/** Row-reduced echelon form of the published cells, with the combination of cells behind each row. */
interface Echelon {
  readonly columns: number;
  readonly rank: number;
  /** `rank` rows of `columns` entries (mod p). */
  readonly rows: Float64Array[];
  /** For each row, its combination of the published cells (mod p). */
  readonly combination: Float64Array[];
  readonly pivotOfRow: Int32Array;
  /** Row whose pivot is the column, or −1 for a free column. */
  readonly rowOfColumn: Int32Array;
}

function echelon(
  published: readonly (readonly number[])[],
  columnOfAtom: Int32Array,
  columns: number,
): Echelon {
  const count = published.length;
  const rows: Float64Array[] = published.map((atoms) => {
    const row = new Float64Array(columns);
    for (const atom of atoms) {
      const column = columnOfAtom[atom] as number;
      if (column >= 0) row[column] = 1;
    }
    return row;
  });
  const combination: Float64Array[] = published.map((_, i) => {
    const row = new Float64Array(count);
    row[i] = 1;
    return row;
  });
  const pivotOfRow: number[] = [];
  const rowOfColumn = new Int32Array(columns).fill(-1);
  let rank = 0;
  for (let column = 0; column < columns && rank < count; column += 1) {
    let pivot = -1;
    for (let r = rank; r < count; r += 1) {
      if ((rows[r] as Float64Array)[column] !== 0) {
        pivot = r;
        break;
      }
    }
    if (pivot < 0) continue;
    [rows[rank], rows[pivot]] = [rows[pivot] as Float64Array, rows[rank] as Float64Array];
    [combination[rank], combination[pivot]] = [
      combination[pivot] as Float64Array,
      combination[rank] as Float64Array,
    ];
    const row = rows[rank] as Float64Array;
    const rowCombination = combination[rank] as Float64Array;
    const scale = inverse(row[column] as number);
    if (scale !== 1) {
      for (let c = column; c < columns; c += 1) row[c] = ((row[c] as number) * scale) % prime;
      for (let c = 0; c < count; c += 1)
        rowCombination[c] = ((rowCombination[c] as number) * scale) % prime;
    }
    for (let r = 0; r < count; r += 1) {
      const other = rows[r] as Float64Array;
      const factor = r === rank ? 0 : (other[column] as number);
      if (factor === 0) continue;
      for (let c = column; c < columns; c += 1) {
        const value = row[c] as number;
        if (value !== 0) other[c] = mod((other[c] as number) - factor * value);
      }
      const otherCombination = combination[r] as Float64Array;
      for (let c = 0; c < count; c += 1) {
        const value = rowCombination[c] as number;
        if (value !== 0)
          otherCombination[c] = mod((otherCombination[c] as number) - factor * value);
      }
    }
    pivotOfRow.push(column);
    rowOfColumn[column] = rank;
    rank += 1;
  }
  return {
    columns,
    rank,
    rows: rows.slice(0, rank),
    combination: combination.slice(0, rank),
    pivotOfRow: Int32Array.from(pivotOfRow),
    rowOfColumn,
  };
}

/**
 * A set of atoms is derivable from the published cells exactly when its indicator vector lies
 * in their row space, i.e. when it is orthogonal to every vector of the null space. For a free
 * column f, the null vector is eₓ minus the pivot rows' entries in column f; so each atom gets a
 * signature over the free columns, and a set is derivable exactly when its signatures sum to 0.
 */
function signatureOf(structure: Echelon, freeColumns: Int32Array, column: number): Float64Array {
  const signature = new Float64Array(freeColumns.length);
  const row = structure.rowOfColumn[column] as number;
  if (row < 0) {
    signature[freeColumns.indexOf(column)] = 1;
    return signature;
  }
  const entries = structure.rows[row] as Float64Array;
  freeColumns.forEach((free, f) => {
    const value = entries[free] as number;
    if (value !== 0) signature[f] = prime - value;
  });
  return signature;
}

interface SmallAtom {
  readonly atom: number;
  readonly column: number;
  readonly size: number;
  readonly signature: Float64Array;
  readonly hashA: number;
  readonly hashB: number;
}

interface PartialGroup {
  readonly members: readonly number[];
  readonly size: number;
  readonly hashA: number;
  readonly hashB: number;
}

// Deterministic pseudo-random residues (mulberry32) for the hash projections.
function residues(length: number, seed: number): Float64Array {
  let state = seed >>> 0;
  return Float64Array.from({ length }, () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % prime;
  });
}

function dot(signature: Float64Array, weights: Float64Array): number {
  let sum = 0;
  for (let f = 0; f < signature.length; f += 1) {
    const value = signature[f] as number;
    if (value !== 0) sum = (sum + value * (weights[f] as number)) % prime;
  }
  return sum;
}

/**
 * Every set of small atoms (each with 0 < n < k, together fewer than k people) whose total is
 * derivable from the published cells. Complete: it lists each such minimal-or-not set whose
 * signatures sum to zero, by meeting in the middle on two hash projections and checking each
 * candidate exactly.
 */
function derivableSmallGroups(
  structure: Echelon,
  atomSizes: ArrayLike<number>,
  columnOfAtom: Int32Array,
  k: number,
  searchLimit: number,
): number[][] {
  const freeColumns = Int32Array.from({ length: structure.columns }, (_, column) => column).filter(
    (column) => structure.rowOfColumn[column] === -1,
  );
  const weightsA = residues(freeColumns.length, 0x9e3779b9);
  const weightsB = residues(freeColumns.length, 0x85ebca6b);
  let small: SmallAtom[] = [];
  for (let atom = 0; atom < columnOfAtom.length; atom += 1) {
    const size = atomSizes[atom] as number;
    const column = columnOfAtom[atom] as number;
    if (column < 0 || size >= k) continue;
    const signature = signatureOf(structure, freeColumns, column);
    small.push({
      atom,
      column,
      size,
      signature,
      hashA: dot(signature, weightsA),
      hashB: dot(signature, weightsB),
    });
  }
  small = peel(small, freeColumns.length);
  const leaks: number[][] = [];
  const half = Math.ceil((k - 1) / 2);
  const byKey = new Map<number, PartialGroup[]>();
  const partials: PartialGroup[] = [];
  const grow = (from: number, group: PartialGroup) => {
    partials.push(group);
    if (partials.length > searchLimit) {
      throw new CapkitScoringError(
        'k',
        `too many small groups (${small.length}) to check for differencing at k = ${k}; publish fewer or coarser tables`,
      );
    }
    const key = group.hashA * prime + group.hashB;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [group]);
    else list.push(group);
    if (group.members.length === half) return;
    for (let i = from; i < small.length; i += 1) {
      const atom = small[i] as SmallAtom;
      if (group.size + atom.size >= k) continue;
      grow(i + 1, {
        members: [...group.members, i],
        size: group.size + atom.size,
        hashA: (group.hashA + atom.hashA) % prime,
        hashB: (group.hashB + atom.hashB) % prime,
      });
    }
  };
  grow(0, { members: [], size: 0, hashA: 0, hashB: 0 });
  const found = new Set<string>();
  for (const first of partials) {
    if (first.members.length === 0) continue;
    const key = ((prime - first.hashA) % prime) * prime + ((prime - first.hashB) % prime);
    const last = first.members[first.members.length - 1] as number;
    for (const second of byKey.get(key) ?? []) {
      const length = second.members.length;
      // Each set is met once: its first ⌈n/2⌉ atoms (in order) are `first`, the rest `second`.
      if (length !== first.members.length && length !== first.members.length - 1) continue;
      if (length > 0 && (second.members[0] as number) <= last) continue;
      if (first.size + second.size >= k) continue;
      const members = [...first.members, ...second.members];
      if (!sumsToZero(members.map((i) => (small[i] as SmallAtom).signature))) continue;
      const atoms = members.map((i) => (small[i] as SmallAtom).atom);
      const id = atoms.join(',');
      if (!found.has(id)) {
        found.add(id);
        leaks.push(atoms);
      }
    }
  }
  return leaks;
}

function sumsToZero(signatures: readonly Float64Array[]): boolean {
  const length = signatures[0]?.length ?? 0;
  for (let f = 0; f < length; f += 1) {
    let sum = 0;
    for (const signature of signatures) sum += signature[f] as number;
    if (sum % prime !== 0) return false;
  }
  return true;
}

/**
 * Drops atoms that cannot be in any zero-sum set: one with a free coordinate no other remaining
 * atom has. Repeats until none is left to drop; keeps atoms whose signature is zero.
 */
function peel(atoms: SmallAtom[], dimensions: number): SmallAtom[] {
  let remaining = atoms;
  for (;;) {
    const holders = new Int32Array(dimensions);
    for (const atom of remaining)
      atom.signature.forEach((value, f) => {
        if (value !== 0) holders[f] = (holders[f] as number) + 1;
      });
    const kept = remaining.filter(
      (atom) => !atom.signature.some((value, f) => value !== 0 && holders[f] === 1),
    );
    if (kept.length === remaining.length) return kept;
    remaining = kept;
  }
}

/**
 * Decides which cells to withhold so that no group of fewer than `k` people — a cell, a cell's
 * remainder after its sub-cells, or any union of atoms — can be read from the published cells,
 * directly or by adding and subtracting them (differencing across every table of the set).
 *
 * - Primary suppression: a cell with 0 < n < k is withheld.
 * - Complementary suppression: while some set of atoms with 0 < n < k has a total that is a
 *   linear combination of the published cells, the published cell of least n that the
 *   combination uses is withheld too, and the check runs again.
 *
 * The check is exact, not a heuristic: row reduction runs in the integers modulo a prime
 * p > k, and because the cells come from two laminar families their incidence matrix is totally
 * unimodular, so every minor that decides whether a set of fewer than k atoms is derivable is at
 * most k − 1 in absolute value and cannot vanish modulo p. Atoms with no people are taken as
 * known to be empty, as an attacker may know.
 *
 * Limits: protects against exact disclosure by linear differencing of the published figures;
 * it does not widen intervals (an attacker may still bound a withheld figure by the scale), and
 * cannot account for what an attacker knows from outside the data.
 *
 * @param atomSizes people in each atom (for this measure's denominator)
 * @returns per cell: `undefined` (published) or why it is withheld
 * @throws {CapkitScoringError} when there are too many small atoms to search (see `searchLimit`).
 */
export function protectCells(
  structure: CellStructure,
  atomSizes: ArrayLike<number>,
  k: number,
  options: ProtectOptions = {},
): (SuppressionReason | undefined)[] {
  const { cells, atoms } = structure;
  if (atomSizes.length !== atoms) {
    throw new CapkitScoringError('atomSizes', `has ${atomSizes.length} entries, expected ${atoms}`);
  }
  const cellSize = cells.map((members) =>
    members.reduce((sum, atom) => sum + (atomSizes[atom] as number), 0),
  );
  const reasons: (SuppressionReason | undefined)[] = cells.map(
    (_, cell) =>
      options.withheld?.[cell] ??
      ((cellSize[cell] as number) > 0 && (cellSize[cell] as number) < k ? 'primary' : undefined),
  );
  let anySmall = false;
  let columns = 0;
  const columnOfAtom = Int32Array.from({ length: atoms }, (_, atom) => {
    const size = atomSizes[atom] as number;
    if (size > 0 && size < k) anySmall = true;
    return size > 0 ? columns++ : -1;
  });
  if (!anySmall) return reasons;
  const searchLimit = options.searchLimit ?? 4_000_000;
  for (;;) {
    const publishedCells = cells.flatMap((_, cell) =>
      reasons[cell] === undefined && (cellSize[cell] as number) > 0 ? [cell] : [],
    );
    const reduced = echelon(
      publishedCells.map((cell) => cells[cell] as readonly number[]),
      columnOfAtom,
      columns,
    );
    const leaks = derivableSmallGroups(reduced, atomSizes, columnOfAtom, k, searchLimit);
    if (leaks.length === 0) return reasons;
    for (const leak of leaks) {
      const used = combinationOf(reduced, leak, columnOfAtom);
      let best = -1;
      for (let i = 0; i < used.length; i += 1) {
        if (used[i] === 0) continue;
        const cell = publishedCells[i] as number;
        if (reasons[cell] !== undefined) {
          best = -2; // already withheld in this round: the next round checks again
          break;
        }
        if (best < 0 || (cellSize[cell] as number) < (cellSize[best] as number)) best = cell;
      }
      if (best >= 0) reasons[best] = 'complementary';
    }
  }
}

/** The published cells (by position) whose combination gives the atoms' total. */
function combinationOf(
  structure: Echelon,
  atoms: readonly number[],
  columnOfAtom: Int32Array,
): Float64Array {
  const count = structure.combination[0]?.length ?? 0;
  const total = new Float64Array(count);
  const indicator = new Set(atoms.map((atom) => columnOfAtom[atom] as number));
  for (let row = 0; row < structure.rank; row += 1) {
    if (!indicator.has(structure.pivotOfRow[row] as number)) continue;
    const combination = structure.combination[row] as Float64Array;
    for (let c = 0; c < count; c += 1)
      total[c] = ((total[c] as number) + (combination[c] as number)) % prime;
  }
  return total;
}
