import { createZoneResolver, type ZoneResolver } from '../timestamps';

// A calendar SLO window in Europe/Berlin starts at local midnight, which moves against UTC twice
// a year. Wall times here are "wall ms": the local fields read as if they were UTC.

/** The resolver for an IANA zone or fixed offset; throws a validation DomainError naming `field`. */
export function resolveZone(timeZone: string, field = 'timeZone'): ZoneResolver {
  return createZoneResolver(timeZone, field);
}

/** True when `timeZone` is an IANA zone name (or `UTC`, or a fixed offset). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    resolveZone(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall time of `instant` (both in ms), found by inverting the resolver. */
export function toWallMs(instant: number, zone: ZoneResolver): number {
  let wall = instant;
  // Each step corrects by the offset error; offsets change at most twice a year, so two suffice.
  for (let step = 0; step < 3; step += 1) {
    const back = zone.toUtcMs(wall);
    if (back === instant) return wall;
    wall += instant - back;
  }
  return wall;
}
