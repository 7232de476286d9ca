/** The isochrone worker: the district's cells banded by road time, off the main thread. */
import { measureIsochroneCells } from '../analysis/travel/measure-isochrone-cells.ts';
import { prepareTravelNetwork } from '../analysis/travel/prepare-travel-network.ts';
import { answerRequests } from './answer-requests.ts';
import type { IsochroneCells, IsochroneRequest } from './isochrones-protocol.ts';

answerRequests<IsochroneRequest, IsochroneCells>(self, (request) =>
  measureIsochroneCells(
    prepareTravelNetwork(request.roads, request.barriers),
    request.travel,
    request.mode,
    request.sites,
    request.area,
    request.cellMetres,
  ),
);
