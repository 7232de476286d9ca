/**
 * The two-worker stand-in for the analysis worker: 现状 on one, 规划完成后 on the other, and one
 * answer equal to the single worker's pair; an older request's answers are dropped; an error of
 * either worker is the answer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DistrictAnalysis } from '../../../src/analysis/analyze-district.ts';
import { type AnalysisPair, runAnalysisPair } from '../../../src/analysis/run-analysis-pair.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { readRoster } from '../../../src/io/read-roster.ts';
import { requireRuleSet } from '../../../src/io/rule-set-file.ts';
import { createSplitAnalysisWorker } from '../../../src/store/split-analysis-worker.ts';
import { analyseRequest } from '../../../src/workers/analyse-request.ts';
import type { AnalysisRequest } from '../../../src/workers/analysis-protocol.ts';
import { answerRequests, type WorkerResponse } from '../../../src/workers/answer-requests.ts';
import { FakeWorker } from '../fake-worker.ts';

function scenarioWorker(fail = false) {
  return new FakeWorker<AnalysisRequest, WorkerResponse<AnalysisPair | DistrictAnalysis>>(
    (request, reply) => {
      const scope = {
        onmessage: null as ((event: MessageEvent<AnalysisRequest>) => void) | null,
        postMessage: (response: unknown) => reply(response as WorkerResponse<DistrictAnalysis>),
      };
      answerRequests<AnalysisRequest, AnalysisPair | DistrictAnalysis>(scope, (asked) => {
        if (fail && asked.scenario === 'planned') throw new Error('planned failed');
        return analyseRequest(asked);
      });
      scope.onmessage?.({ data: request } as MessageEvent<AnalysisRequest>);
    },
  );
}

function request(id: number): AnalysisRequest {
  return {
    id,
    year: null,
    input: {
      schools: readRoster(
        readFileSync('geodata/schools.sample.csv', 'utf8'),
        'schools.sample.csv',
      ).accepted.map((row) => row.record),
      townships: JSON.parse(readFileSync('geodata/townships.geojson', 'utf8')) as TownshipCollection,
      population: JSON.parse(readFileSync('geodata/population.model.json', 'utf8')) as PopulationData,
      ruleSet: requireRuleSet(JSON.parse(readFileSync('geodata/rules/gangnan-2018-2020.json', 'utf8'))),
      radii: DEFAULT_SERVICE_RADII,
    },
  };
}

/** Posts requests and resolves with the first answer that arrives. */
function firstAnswer(worker: Worker, requests: AnalysisRequest[]) {
  return new Promise<WorkerResponse<AnalysisPair>>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerResponse<AnalysisPair>>) => resolve(event.data);
    for (const each of requests) worker.postMessage(each);
  });
}

describe('createSplitAnalysisWorker', () => {
  it('answers with both scenarios, one worker each, equal to the single worker’s pair', async () => {
    const made: FakeWorker<AnalysisRequest, unknown>[] = [];
    const pair = createSplitAnalysisWorker(() => {
      const worker = scenarioWorker();
      made.push(worker as FakeWorker<AnalysisRequest, unknown>);
      return worker.asWorker();
    });
    const asked = request(7);
    const answer = await firstAnswer(pair, [request(6), asked]);
    expect(made.map((worker) => worker.received.map((each) => [each.id, each.scenario]))).toEqual([
      [
        [6, 'current'],
        [7, 'current'],
      ],
      [
        [6, 'planned'],
        [7, 'planned'],
      ],
    ]);
    expect(answer.id).toBe(7);
    if (!answer.ok) throw new Error('expected an answer');
    expect(JSON.parse(JSON.stringify(answer.result))).toEqual(
      JSON.parse(JSON.stringify(runAnalysisPair(asked as Parameters<typeof runAnalysisPair>[0]))),
    );
    pair.terminate();
    expect(made.every((worker) => worker.terminated)).toBe(true);
  });

  it('answers with the error when one scenario fails', async () => {
    const pair = createSplitAnalysisWorker(() => scenarioWorker(true).asWorker());
    const answer = await firstAnswer(pair, [request(3)]);
    expect(answer).toMatchObject({ id: 3, ok: false });
  });
});
