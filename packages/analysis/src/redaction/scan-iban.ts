import { passesIbanChecksum } from './checksums';
import { PRIORITY } from './rule-priority';
import type { Candidate } from './sensitive-finding';

/** IBAN length per country (ISO 13616 registry). */
const LENGTHS = new Map(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 ' +
    'EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 ' +
    'IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 ' +
    'NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 ' +
    'TR26 UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);

const IBAN =
  /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;

/**
 * Finds IBANs, compact (`DE89370400440532013000`) or printed in groups of four
 * (`GB82 WEST 1234 5698 7654 32`), that have their country's length and pass the mod-97 check.
 */
export function scanIbans(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  IBAN.lastIndex = 0;
  for (let match = IBAN.exec(text); match; match = IBAN.exec(text)) {
    const compact = match[0].replace(/ /g, '');
    if (LENGTHS.get(compact.slice(0, 2)) !== compact.length || !passesIbanChecksum(compact))
      continue;
    const end = match.index + match[0].length;
    candidates.push({
      start: match.index,
      end,
      kind: 'pii',
      rule: 'iban',
      priority: PRIORITY.iban,
    });
  }
  return candidates;
}
