import {
  appendPointer,
  asArray,
  asObject,
  readObject,
  readString,
  type JsonObject,
} from '../json-documents';

/** One status-page incident found in the input, where it is, and the page it was published on. */
export interface FoundIncident {
  incident: JsonObject;
  /** JSON pointer of the incident object in the input. */
  pointer: string;
  pageName: string | null;
}

/** A part of the input that is not an incident. */
export interface ShapeProblem {
  pointer: string;
  problem: string;
}

const NOT_STATUSPAGE =
  'not Statuspage incident JSON: expected an incident, {"incident": …}, a list of them, ' +
  'or {"incidents": […]} as the Statuspage API returns';

/**
 * The incidents in Statuspage JSON, whichever way it was saved: one incident object,
 * `{ page, incident }` (a single incident from the API or a history archive), `{ page,
 * incidents: [...] }` (`/api/v2/incidents.json`) or a JSON array of any of these.
 *
 * @example
 * [...listIncidents({ incidents: [{ id: 'abc', name: 'Outage' }] })];
 * // [{ incident: { id: 'abc', … }, pointer: '/incidents/0', pageName: null }]
 */
export function* listIncidents(json: unknown): Generator<FoundIncident | ShapeProblem> {
  const list = asArray(json);
  if (list) {
    for (let index = 0; index < list.length; index += 1) {
      yield readOne(list[index], `/${index}`, null);
    }
    return;
  }
  const object = asObject(json);
  const incidents = asArray(object?.incidents);
  if (object && incidents) {
    const pageName = readString(readObject(object, 'page'), 'name');
    for (let index = 0; index < incidents.length; index += 1) {
      yield readOne(incidents[index], appendPointer('/incidents', index), pageName);
    }
    return;
  }
  yield readOne(json, '', null);
}

function readOne(
  value: unknown,
  pointer: string,
  pageName: string | null,
): FoundIncident | ShapeProblem {
  const object = asObject(value);
  const wrapped = readObject(object, 'incident');
  if (object && wrapped) {
    const page = readString(readObject(object, 'page'), 'name') ?? pageName;
    return { incident: wrapped, pointer: appendPointer(pointer, 'incident'), pageName: page };
  }
  if (object && ('incident_updates' in object || ('id' in object && 'impact' in object))) {
    return { incident: object, pointer, pageName };
  }
  return { pointer, problem: NOT_STATUSPAGE };
}
