/**
 * Runs the county case once in this fresh worker thread, on the inputs it is given (read by the
 * main thread, as the app's analysis worker receives them), and posts the time: the cold run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type CountyInputs, measureCounty } from './travel-county.ts';

parentPort?.postMessage(measureCounty(workerData as CountyInputs));
