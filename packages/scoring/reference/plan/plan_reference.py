"""Independent reference for the planner's hand-worked tests (src/plan/recommendPlan.test.ts).

Run: python3 packages/scoring/reference/plan/plan_reference.py

Written from the model's statement in recommendPlan's JSDoc, in another language and without
any of the planner's code: each plan is found by trying every whole-number assignment of
people to pathways, and the relaxation behind the greedy's bound (whole numbers, seat limits and
coverage dropped; fixed costs spread over seats) is solved as a linear programme with SciPy.
"""
from itertools import product
from math import ceil

from scipy.optimize import linprog


def pathway(catalogue, name):
    steps = []
    for prerequisite in catalogue[name].get("prerequisites", []):
        steps += [s for s in pathway(catalogue, prerequisite) if s not in steps]
    return steps + [name]


def pairs_of(needs, catalogue, max_days=None):
    pairs = []
    for need_name, need in needs.items():
        for name, course in catalogue.items():
            if need["competency"] not in course["gains"]:
                continue
            steps = pathway(catalogue, name)
            if max_days is not None and sum(catalogue[s]["days"] for s in steps) > max_days:
                continue
            gain = sum(catalogue[s]["gains"].get(need["competency"], 0) for s in steps)
            pairs.append(
                dict(
                    need=need_name,
                    course=name,
                    steps=steps,
                    value=need["weight"] * min(need["gap"], gain),
                    amortised=sum(
                        catalogue[s]["per"] + catalogue[s]["fixed"] / catalogue[s]["seats"]
                        for s in steps
                    ),
                )
            )
    return pairs


def best_plan(needs, catalogue, budget, coverage=(), max_days=None):
    pairs = pairs_of(needs, catalogue, max_days)
    best = None
    for counts in product(*[range(needs[p["need"]]["people"] + 1) for p in pairs]):
        if any(
            sum(q for q, p in zip(counts, pairs) if p["need"] == n) > needs[n]["people"]
            for n in needs
        ):
            continue
        cost, feasible = 0.0, True
        for name, course in catalogue.items():
            seats = sum(q for q, p in zip(counts, pairs) if name in p["steps"])
            runs = ceil(seats / course["seats"])
            if runs > course.get("runs", 1):
                feasible = False
            cost += runs * course["fixed"] + seats * course["per"]
        if not feasible or cost > budget + 1e-9:
            continue
        if any(
            sum(q for q, p in zip(counts, pairs) if needs[p["need"]]["unit"] == unit)
            < share * sum(n["people"] for n in needs.values() if n["unit"] == unit) - 1e-9
            for unit, share in coverage
        ):
            continue
        value = sum(q * p["value"] for q, p in zip(counts, pairs))
        if best is None or value > best[0] + 1e-12:
            best = (value, cost, {f'{p["need"]}·{p["course"]}': q for q, p in zip(counts, pairs) if q})
    return best


def relaxation_bound(needs, catalogue, budget):
    pairs = pairs_of(needs, catalogue)
    objective = [-p["value"] for p in pairs]
    rows = [[p["amortised"] for p in pairs]]
    limits = [budget]
    for n in needs:
        rows.append([1 if p["need"] == n else 0 for p in pairs])
        limits.append(needs[n]["people"])
    result = linprog(objective, A_ub=rows, b_ub=limits, bounds=[(0, None)] * len(pairs))
    return -result.fun


two_needs = {
    "A": dict(unit="u1", competency="c1", people=10, gap=2, weight=3),
    "B": dict(unit="u2", competency="c1", people=6, gap=1, weight=2),
}
two_courses = {
    "T1": dict(gains={"c1": 1}, fixed=100, per=10, seats=8, runs=2, days=2),
    "T2": dict(gains={"c1": 2}, fixed=300, per=20, seats=10, days=3),
}
one_need = {"C": dict(unit="u1", competency="c2", people=5, gap=2, weight=1)}
intro_advanced = {
    "intro": dict(gains={"c2": 1}, fixed=0, per=10, seats=5, days=1),
    "advanced": dict(gains={"c2": 1}, fixed=0, per=5, seats=3, days=1, prerequisites=["intro"]),
}

print("two courses, budget 500:", best_plan(two_needs, two_courses, 500))
print("  relaxation bound (the greedy's, budget only):", relaxation_bound(two_needs, two_courses, 500))
print("two courses, u2 covered half:", best_plan(two_needs, two_courses, 500, [("u2", 0.5)]))
print("two courses, budget 100, u2 covered half:", best_plan(two_needs, two_courses, 100, [("u2", 0.5)]))
print("intro → advanced, budget 60:", best_plan(one_need, intro_advanced, 60))
print("intro → advanced, 1 day a person:", best_plan(one_need, intro_advanced, 60, max_days=1))
