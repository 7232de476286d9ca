/**
 * The analysis worker: heavy coverage and rule work off the main thread, so the UI never freezes.
 * It keeps one analysis session for its life, the population and boundaries last sent, and per
 * scenario the roster and the last answer: a request carries the roster's changes, the answer is
 * a patch on the last one (`answerScenario`), and an edit searches again only what it changed.
 * The gap points go back as typed arrays (copied: the worker keeps them for the next answer).
 */
import { answerScenarioRequests, startScenarioKeeps } from './answer-scenario.ts';

answerScenarioRequests(self, startScenarioKeeps());
