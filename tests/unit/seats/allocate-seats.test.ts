/**
 * The seat allocation on hand-computed cases: two schools and three places with a full school and
 * a tie, the causes of "without a seat", the tie rules (school code as text, then the place's
 * order), and the maximum flow beside it.
 */
import { describe, expect, it } from 'vitest';
import { measureMaximumSeated } from '../../../src/analysis/seats/measure-maximum-seated.ts';
import { allocateTestCase } from './seat-fixtures.ts';

describe('allocateSeats, nearest free seat first', () => {
  // Schools A (0) and B (10 units, ≈ 1086 m apart); places P0 (2), P1 (6), P2 (12); radius 1000 m.
  // Eligible: P0–A 2u, P2–B 2u (a tie: A's code first), P1–B 4u, P1–A 6u, P0–B 8u; P2–A is 12u
  // ≈ 1303 m, beyond the radius.
  const schools = [
    { code: 'A01', units: 0, seats: 60 },
    { code: 'B01', units: 10, seats: 40 },
  ];
  const places = [
    { units: 2, children: 50 },
    { units: 6, children: 40 },
    { units: 12, children: 30 },
  ];

  it('gives each pair in turn what it can: P0 50 at A, P2 30 at B, P1 10 at B and 10 at A', () => {
    const { allocation } = allocateTestCase(places, schools);
    expect([...allocation.seatedAtPlace]).toEqual([50, 20, 30]);
    expect([...allocation.allocatedAtSchool]).toEqual([60, 40]);
    expect(allocation.seated).toBe(100);
    expect(allocation.children).toBe(120);
    expect(allocation.seats).toBe(100);
    // P1 has two schools within its radius, both full.
    expect(allocation.withoutSeatFull).toBe(20);
    expect(allocation.withoutSeatNoSchool).toBe(0);
  });

  it('counts children with no school within the radius apart from those whose schools are full', () => {
    const { allocation } = allocateTestCase([...places, { units: 30, children: 5 }], schools);
    expect(allocation.withoutSeatNoSchool).toBe(5);
    expect(allocation.withoutSeatFull).toBe(20);
    expect(allocation.seatedAtPlace[3]).toBe(0);
  });

  it('breaks a distance tie by school code compared as text ("10" before "9")', () => {
    // One place of 10 children exactly between two schools of 10 seats each.
    const tie = (codes: [string, string]) =>
      allocateTestCase(
        [{ units: 5, children: 10 }],
        [
          { code: codes[0], units: 0, seats: 10 },
          { code: codes[1], units: 10, seats: 10 },
        ],
      ).allocation.allocatedAtSchool;
    expect([...tie(['9', '10'])]).toEqual([0, 10]);
    expect([...tie(['10', '9'])]).toEqual([10, 0]);
  });

  it('breaks a tie at one school by the place that comes first in the file', () => {
    // Two places of 10 children at the same distance on either side of a school of 10 seats.
    const first = allocateTestCase(
      [
        { units: -3, children: 10 },
        { units: 3, children: 10 },
      ],
      [{ code: 'S', units: 0, seats: 10 }],
    ).allocation;
    expect([...first.seatedAtPlace]).toEqual([10, 0]);
    const swapped = allocateTestCase(
      [
        { units: 3, children: 10 },
        { units: -3, children: 10 },
      ],
      [{ code: 'S', units: 0, seats: 10 }],
    ).allocation;
    expect([...swapped.seatedAtPlace]).toEqual([10, 0]);
  });

  it('keeps the tie rules when many pairs share one distance (places on one spot)', () => {
    // 30 places of one child each, all 3 units from two schools of 10 seats: school "a" first,
    // then "b", each filled in the places' file order.
    const places = Array.from({ length: 30 }, () => ({ units: 3, children: 1 }));
    const { allocation } = allocateTestCase(places, [
      { code: 'b', units: 0, seats: 10 },
      { code: 'a', units: 6, seats: 10 },
    ]);
    expect([...allocation.seatedAtPlace]).toEqual([...new Array(20).fill(1), ...new Array(10).fill(0)]);
    expect([...allocation.allocatedAtSchool]).toEqual([10, 10]);
    expect(allocation.withoutSeatFull).toBe(10);
  });

  it('takes every school for a place without a radius', () => {
    const { allocation } = allocateTestCase(
      [{ units: 500, children: 7, radius: Number.POSITIVE_INFINITY }],
      schools,
    );
    expect([...allocation.allocatedAtSchool]).toEqual([0, 7]);
  });

  it('treats fractional and negative figures as whole children and seats of zero or more', () => {
    const { allocation } = allocateTestCase(
      [{ units: 1, children: 3.9 }],
      [{ code: 'A', units: 0, seats: -4 }],
    );
    expect(allocation.children).toBe(3);
    expect(allocation.seats).toBe(0);
    expect(allocation.withoutSeatFull).toBe(3);
  });
});

describe('measureMaximumSeated', () => {
  it('finds the assignment nearest-first misses: X to the far school, Y to the near one', () => {
    // School S1 (0) with 10 seats, S2 (8) with 10 seats; X (1) reaches both, Y (-3) only S1
    // within 600 m. Nearest first: X–S1 (1u) takes S1, Y–S1 (3u) finds it full: 10 seated.
    const { allocation, pairs, children, seats } = allocateTestCase(
      [
        { units: 1, children: 10 },
        { units: -3, children: 10, radius: 400 },
      ],
      [
        { code: 'S1', units: 0, seats: 10 },
        { code: 'S2', units: 8, seats: 10 },
      ],
    );
    expect(allocation.seated).toBe(10);
    expect(measureMaximumSeated(pairs, children, seats, allocation)).toBe(20);
    expect(measureMaximumSeated(pairs, children, seats)).toBe(20);
  });

  it('equals the allocation when nearest first is already the best', () => {
    const { allocation, pairs, children, seats } = allocateTestCase(
      [
        { units: 2, children: 50 },
        { units: 6, children: 40 },
        { units: 12, children: 30 },
      ],
      [
        { code: 'A01', units: 0, seats: 60 },
        { code: 'B01', units: 10, seats: 40 },
      ],
    );
    expect(measureMaximumSeated(pairs, children, seats, allocation)).toBe(100);
  });
});
