/**
 * An independent disclosure checker for the tests, written apart from the engine: it knows
 * nothing of atoms, laminar families or modular arithmetic. From people-level facts (who is in
 * which unit and role, who has a score and a required level) it
 *
 * 1. counts the distinct people behind every published number and reports any below k, and
 * 2. plays an attacker who adds and subtracts published figures: with exact rational
 *    arithmetic it finds every set of fewer than k people whose total follows from the
 *    published cells (people in exactly the same published cells are interchangeable to the
 *    attacker, so it reasons over those classes and tries every union of classes below k).
 */

/** One person as the checker sees them. */
export interface CheckedPerson {
  readonly unit: number;
  readonly role: number;
  /** Per competency: has a score. */
  readonly scored: readonly boolean[];
  /** Per competency: their role sets a required level. */
  readonly levelSet: readonly boolean[];
}

/** A published table cell as the checker reads it off the result. */
export interface CheckedCell {
  readonly table: string;
  readonly group: number;
  readonly competency: number;
  /** The published count behind the score figures, or undefined when withheld / empty. */
  readonly count?: number;
  /** The published count behind the gap figures, or undefined when not published. */
  readonly gapCount?: number;
}

/** Exact fractions over BigInt. */
class Fraction {
  constructor(
    readonly n: bigint,
    readonly d: bigint = 1n,
  ) {}
  static reduce(n: bigint, d: bigint): Fraction {
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n < 0n ? -n : n, d);
    return g > 1n ? new Fraction(n / g, d / g) : new Fraction(n, d);
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  sub(o: Fraction): Fraction {
    return Fraction.reduce(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Fraction): Fraction {
    return Fraction.reduce(this.n * o.n, this.d * o.d);
  }
  div(o: Fraction): Fraction {
    return Fraction.reduce(this.n * o.d, this.d * o.n);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

/** Reduced row echelon form over the rationals. */
function rref(matrix: Fraction[][], columns: number): { rows: Fraction[][]; pivots: number[] } {
  const rows = matrix.map((row) => [...row]);
  const pivots: number[] = [];
  let rank = 0;
  for (let c = 0; c < columns && rank < rows.length; c += 1) {
    const p = rows.findIndex((row, i) => i >= rank && !(row[c] as Fraction).isZero());
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p] as Fraction[], rows[rank] as Fraction[]];
    const pivotRow = rows[rank] as Fraction[];
    const pivot = pivotRow[c] as Fraction;
    for (let j = 0; j < columns; j += 1) pivotRow[j] = (pivotRow[j] as Fraction).div(pivot);
    rows.forEach((row, i) => {
      if (i === rank || (row[c] as Fraction).isZero()) return;
      const factor = row[c] as Fraction;
      for (let j = 0; j < columns; j += 1)
        row[j] = (row[j] as Fraction).sub(factor.mul(pivotRow[j] as Fraction));
    });
    pivots.push(c);
    rank += 1;
  }
  return { rows: rows.slice(0, rank), pivots };
}

/**
 * Every union of people-classes with 0 < people < k whose total is a linear combination of the
 * published cells' totals. `members[cell]` lists the people (indices) each published cell covers.
 */
export function recoverableSmallSets(
  population: readonly number[],
  members: readonly (readonly number[])[],
  k: number,
): number[][] {
  const inPopulation = new Set(population);
  // People covered by exactly the same published cells form one class.
  const pattern = new Map<number, string[]>();
  members.forEach((cell, c) => {
    for (const person of cell)
      if (inPopulation.has(person)) {
        const list = pattern.get(person) ?? [];
        list.push(String(c));
        pattern.set(person, list);
      }
  });
  const classes = new Map<string, number[]>();
  for (const person of population) {
    const key = (pattern.get(person) ?? []).join(',');
    const list = classes.get(key) ?? [];
    list.push(person);
    classes.set(key, list);
  }
  const classList = [...classes.values()];
  const classOf = new Map<number, number>();
  classList.forEach((people, i) => people.forEach((person) => classOf.set(person, i)));
  const columns = classList.length;
  const matrix = members.map((cell) => {
    const row = Array.from({ length: columns }, () => new Fraction(0n));
    for (const person of cell) {
      const i = classOf.get(person);
      if (i !== undefined) row[i] = new Fraction(1n);
    }
    return row;
  });
  const { rows, pivots } = rref(matrix, columns);
  // Null space: for each free column f, the vector with 1 at f and −row[f] at each pivot. A set
  // of classes is derivable exactly when it is orthogonal to all of them; scaled to integers so
  // that sums over candidate sets are exact in doubles.
  const pivotSet = new Set(pivots);
  const free = Array.from({ length: columns }, (_, c) => c).filter((c) => !pivotSet.has(c));
  const signature = Array.from({ length: columns }, () => new Float64Array(free.length));
  free.forEach((f, index) => {
    const entries = [
      new Fraction(1n),
      ...rows.map((row) => new Fraction(0n).sub(row[f] as Fraction)),
    ];
    const scale = entries.reduce((l, e) => (l * e.d) / gcd(l, e.d), 1n);
    const integer = (e: Fraction) => Number((e.n * scale) / e.d);
    (signature[f] as Float64Array)[index] = integer(entries[0] as Fraction);
    rows.forEach((_, r) => {
      (signature[pivots[r] as number] as Float64Array)[index] = integer(entries[r + 1] as Fraction);
    });
  });
  const small = classList.flatMap((people, i) => (people.length < k ? [i] : []));
  const found: number[][] = [];
  const sum = new Float64Array(free.length);
  const visit = (from: number, chosen: number[], size: number) => {
    if (chosen.length > 0 && sum.every((value) => value === 0))
      found.push(chosen.flatMap((i) => classList[i] as number[]));
    for (let s = from; s < small.length; s += 1) {
      const i = small[s] as number;
      const n = (classList[i] as number[]).length;
      if (size + n >= k) continue;
      const sig = signature[i] as Float64Array;
      for (let f = 0; f < sum.length; f += 1) sum[f] = (sum[f] as number) + (sig[f] as number);
      visit(s + 1, [...chosen, i], size + n);
      for (let f = 0; f < sum.length; f += 1) sum[f] = (sum[f] as number) - (sig[f] as number);
    }
  };
  visit(0, [], 0);
  return found;
}

/**
 * Checks a publication against people-level facts: every published count is the number of
 * distinct people it claims and at least k, and no small set of people is recoverable from the
 * published cells of all tables together, for either denominator, in any competency.
 *
 * @param membersOf the people a table cell covers, worked out by the caller from the facts
 * @returns human-readable problems; empty when the publication is safe
 */
export function disclosureProblems(
  people: readonly CheckedPerson[],
  cells: readonly CheckedCell[],
  membersOf: (table: string, group: number) => readonly number[],
  competencies: number,
  k: number,
): string[] {
  const problems: string[] = [];
  for (let c = 0; c < competencies; c += 1) {
    for (const measure of ['score', 'gap'] as const) {
      const inPopulation = (p: number) =>
        (people[p]?.scored[c] ?? false) &&
        (measure === 'score' || (people[p]?.levelSet[c] ?? false));
      const published = cells.filter(
        (cell) =>
          cell.competency === c && (measure === 'score' ? cell.count : cell.gapCount) !== undefined,
      );
      const members = published.map((cell) =>
        membersOf(cell.table, cell.group).filter(inPopulation),
      );
      published.forEach((cell, i) => {
        const claimed = measure === 'score' ? cell.count : cell.gapCount;
        const distinct = new Set(members[i]).size;
        if (claimed !== distinct)
          problems.push(
            `${cell.table}[${cell.group}] c${c} ${measure}: claims ${claimed}, has ${distinct}`,
          );
        if (distinct < k)
          problems.push(
            `${cell.table}[${cell.group}] c${c} ${measure}: rests on ${distinct} < ${k}`,
          );
      });
      const population = people.flatMap((_, p) => (inPopulation(p) ? [p] : []));
      for (const set of recoverableSmallSets(population, members, k))
        problems.push(`c${c} ${measure}: people [${set.join(', ')}] recoverable by differencing`);
    }
  }
  return problems;
}
