/**
 * The analysis channel: 现状 and 规划完成后 on two workers (or both on one), the roster sent as
 * changes and the answers as patches, and one answer equal to the whole pair analysed afresh —
 * through random sequences of edits; the worker's roster equal to the store's; records that did
 * not change the same objects as before; the roster in full when a worker lost it; an error of
 * either worker the answer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { type AnalysisPair, runAnalysisPair } from '../../../src/analysis/run-analysis-pair.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII, type ServiceRadii } from '../../../src/domain/radius.ts';
import type { School } from '../../../src/domain/school.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { readRoster } from '../../../src/io/read-roster.ts';
import { requireRuleSet } from '../../../src/io/rule-set-file.ts';
import { createAnalysisChannel } from '../../../src/store/analysis-channel.ts';
import type {
  AnalysisRequest,
  ScenarioRequest,
  ScenarioResponse,
} from '../../../src/workers/analysis-protocol.ts';
import type { WorkerResponse } from '../../../src/workers/answer-requests.ts';
import {
  answerScenarioRequests,
  type ScenarioKeeps,
  startScenarioKeeps,
} from '../../../src/workers/answer-scenario.ts';
import { FakeWorker } from '../fake-worker.ts';
import { network, road } from '../travel/travel-fixtures.ts';

/** A stand-in worker running the analysis worker's own body; `keeps.value` is what it keeps. */
function scenarioWorker(fail = false) {
  const keeps = { value: startScenarioKeeps() as ScenarioKeeps };
  const worker = new FakeWorker<ScenarioRequest, ScenarioResponse>((request, reply) => {
    const scope = {
      onmessage: null as ((event: MessageEvent<ScenarioRequest>) => void) | null,
      // As a worker's postMessage: what is transferred leaves the worker detached.
      postMessage: (response: unknown, options?: { transfer?: Transferable[] }) =>
        reply(structuredClone(response, { transfer: options?.transfer ?? [] }) as ScenarioResponse),
    };
    answerScenarioRequests(scope, keeps.value);
    if (fail && request.scenario === 'planned') {
      reply({ id: request.id, scenario: 'planned', ok: false, error: { key: 'workerFailed' } as never });
      return;
    }
    scope.onmessage?.({ data: request } as MessageEvent<ScenarioRequest>);
  });
  return { worker, keeps };
}

const data = {
  schools: readRoster(readFileSync('geodata/schools.sample.csv', 'utf8'), 'schools.sample.csv').accepted.map(
    (row) => row.record,
  ),
  townships: JSON.parse(readFileSync('geodata/townships.geojson', 'utf8')) as TownshipCollection,
  population: JSON.parse(readFileSync('geodata/population.model.json', 'utf8')) as PopulationData,
  ruleSet: requireRuleSet(JSON.parse(readFileSync('geodata/rules/gangnan-2018-2020.json', 'utf8'))),
};

function request(id: number, schools: readonly School[], radii: ServiceRadii = DEFAULT_SERVICE_RADII) {
  return {
    id,
    year: null,
    input: { ...data, schools, radii },
  } satisfies AnalysisRequest;
}

/** Posts requests and resolves with the first answer that arrives. */
function firstAnswer(worker: Worker, requests: AnalysisRequest[]) {
  return new Promise<WorkerResponse<AnalysisPair>>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerResponse<AnalysisPair>>) => resolve(event.data);
    for (const each of requests) worker.postMessage(each);
  });
}

/** The pair as plain data (gap columns as lists), to compare with a fresh analysis. */
function plain(pair: AnalysisPair): unknown {
  return JSON.parse(
    JSON.stringify(pair, (_key, value) =>
      ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value,
    ),
  );
}

function expectFresh(answer: WorkerResponse<AnalysisPair>, asked: AnalysisRequest): AnalysisPair {
  if (!answer.ok) throw new Error('expected an answer');
  const fresh = runAnalysisPair(asked as Parameters<typeof runAnalysisPair>[0]);
  expect(plain(answer.result)).toEqual(plain(fresh));
  // The fields in the same order too (an analysis written out as JSON reads the same).
  expect(JSON.stringify(plain(answer.result))).toBe(JSON.stringify(plain(fresh)));
  return answer.result;
}

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  const generator = createSeededRandom(seed);
  return () => generator.next();
}

/** One random edit as the store makes it: a new list, new records only for the schools changed. */
function editRoster(schools: readonly School[], next: () => number): School[] {
  const result = [...schools];
  const position = Math.floor(next() * result.length);
  const school = result[position] as School;
  const choice = Math.floor(next() * 5);
  if (choice === 0) result[position] = { ...school, lon: school.lon + (next() - 0.5) * 0.05 };
  else if (choice === 1) result.splice(position, 1);
  else if (choice === 2)
    result.splice(position, 0, { ...school, code: `new-${next()}`, lat: school.lat + (next() - 0.5) * 0.05 });
  else if (choice === 3) result[position] = { ...school, students: (school.students ?? 0) + 900, classes: 1 };
  else result[position] = { ...school, projectStatus: '规划', projectType: '新建', plannedYear: 2019 };
  return result;
}

describe('createAnalysisChannel', () => {
  it('answers with both scenarios, one worker each, equal to the pair analysed afresh, through random edits', async () => {
    const made = [scenarioWorker(), scenarioWorker()];
    const channel = createAnalysisChannel(made.map(({ worker }) => worker.asWorker()));
    let schools: readonly School[] = data.schools;
    let previous = expectFresh(await firstAnswer(channel, [request(1, schools)]), request(1, schools));
    const next = random(7);
    for (let step = 2; step <= 7; step++) {
      schools = editRoster(schools, next);
      const asked = request(step, schools);
      const pair = expectFresh(await firstAnswer(channel, [asked]), asked);
      // Each worker's roster is the store's, school for school.
      for (const { keeps } of made) {
        const kept = Object.values(keeps.value.rosters);
        expect(kept).toHaveLength(1);
        expect(kept[0]?.schools).toEqual(schools);
      }
      // What did not change is the same object as in the last answer.
      for (const scenario of ['current', 'planned'] as const) {
        const before = previous[scenario];
        const after = pair[scenario];
        const shared = after.townships.filter((township, index) => township === before.townships[index]);
        const equal = after.townships.filter(
          (township, index) => JSON.stringify(township) === JSON.stringify(before.townships[index]),
        );
        expect(shared).toEqual(equal);
        expect(shared.length).toBeGreaterThan(0);
        const keptFlags = after.schoolFlags.filter((flags) => before.schoolFlags.includes(flags));
        expect(keptFlags.length).toBeGreaterThan(after.schoolFlags.length - 3);
      }
      previous = pair;
    }
    // After the first, every request carried the roster's changes only: a school or two.
    const received = made[0]?.worker.received ?? [];
    expect(received[0]?.roster.base).toBeNull();
    for (const each of received.slice(1)) {
      expect(each.roster.base).not.toBeNull();
      expect(each.roster.changes.flatMap((change) => change.insert).length).toBeLessThanOrEqual(1);
      expect(each.answerBase).not.toBeNull();
    }
    channel.terminate();
    expect(made.every(({ worker }) => worker.terminated)).toBe(true);
  });

  it('answers both scenarios from one worker, the population sent once, and a radius change', async () => {
    const { worker, keeps } = scenarioWorker();
    const channel = createAnalysisChannel([worker.asWorker()]);
    let schools: readonly School[] = data.schools;
    expectFresh(await firstAnswer(channel, [request(1, schools)]), request(1, schools));
    expect(worker.received.map((each) => [each.scenario, each.input.population !== undefined])).toEqual([
      ['current', true],
      ['planned', false],
    ]);
    schools = editRoster(schools, random(3));
    const radii = { ...DEFAULT_SERVICE_RADII, primary: { urban: 700, rural: 3000 } };
    expectFresh(await firstAnswer(channel, [request(2, schools, radii)]), request(2, schools, radii));
    expect(keeps.value.rosters.current?.schools).toEqual(schools);
    expect(keeps.value.rosters.planned?.schools).toEqual(schools);
  });

  it('answers straight line, road time and the straight line again, the kept gap points still whole', async () => {
    const workers = [scenarioWorker(), scenarioWorker()];
    const channel = createAnalysisChannel(workers.map((each) => each.worker as unknown as Worker));
    const roadNetwork = network([
      road([
        [109.5, 23.0],
        [109.7, 23.15],
      ]),
      road([
        [109.55, 23.2],
        [109.65, 22.95],
      ]),
    ]);
    const straight = request(1, data.schools);
    const byRoad = {
      ...request(2, data.schools),
      input: {
        ...request(2, data.schools).input,
        distance: { model: 'road' as const, mode: 'walk' as const },
        roads: { network: roadNetwork, barriers: [] },
      },
    } satisfies AnalysisRequest;
    const again = request(3, data.schools);
    for (const asked of [straight, byRoad, again]) {
      const answer = await firstAnswer(channel, [asked]);
      if (!answer.ok) throw new Error(`request ${asked.id} failed: ${JSON.stringify(answer.error)}`);
      expectFresh(answer, asked);
    }
  });

  it('sends the roster in full when a worker lost it, and answers in full when the channel asks', async () => {
    const made = [scenarioWorker(), scenarioWorker()];
    const channel = createAnalysisChannel(made.map(({ worker }) => worker.asWorker()));
    let schools: readonly School[] = data.schools;
    await firstAnswer(channel, [request(1, schools)]);
    // The 规划完成后 worker forgets everything (but the population and boundaries it was sent).
    const planned = made[1] as (typeof made)[number];
    const { population, townships } = planned.keeps.value;
    planned.keeps.value = { ...startScenarioKeeps(), population, townships };
    schools = editRoster(schools, random(11));
    const asked = request(2, schools);
    expectFresh(await firstAnswer(channel, [asked]), asked);
    const sent = planned.worker.received.slice(1).map((each) => [each.roster.base === null, each.answerBase]);
    // Changes, refused; the roster in full; the answer asked as a patch the worker cannot make, so in full.
    expect(sent).toHaveLength(2);
    expect(sent[0]?.[0]).toBe(false);
    expect(sent[1]?.[0]).toBe(true);
    expect(planned.keeps.value.rosters.planned?.schools).toEqual(schools);
    // Two requests at once: the second's patch is on an answer the channel has not yet had, so it is in full.
    const third = editRoster(schools, random(12));
    const fourth = editRoster(third, random(13));
    const answer = await firstAnswer(channel, [request(3, third), request(4, fourth)]);
    expect(answer.id).toBe(4);
    expectFresh(answer, request(4, fourth));
  });

  it('drops the answers to older requests and answers with the error when one scenario fails', async () => {
    const channel = createAnalysisChannel([
      scenarioWorker().worker.asWorker(),
      scenarioWorker(true).worker.asWorker(),
    ]);
    const answer = await firstAnswer(channel, [request(2, data.schools), request(3, data.schools)]);
    expect(answer).toMatchObject({ id: 3, ok: false });
  });
});
