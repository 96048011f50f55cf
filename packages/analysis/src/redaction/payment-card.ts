import { passesLuhn } from './checksums';

/** Issuer prefixes and the lengths each network issues (Visa, Mastercard, Amex, Discover, …). */
const NETWORKS: readonly { prefix: RegExp; lengths: readonly number[] }[] = [
  { prefix: /^4/, lengths: [13, 16, 19] },
  { prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] },
  { prefix: /^3[47]/, lengths: [15] },
  { prefix: /^(?:6011|65|64[4-9]|622)/, lengths: [16, 17, 18, 19] },
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] },
  { prefix: /^3(?:0[0-5]|[689])/, lengths: [14, 15, 16, 17, 18, 19] },
  { prefix: /^62/, lengths: [16, 17, 18, 19] },
  { prefix: /^(?:5018|5020|5038|6304|6759|676[1-3])/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

/**
 * True for a payment card number: 13–19 digits with a known issuer prefix and length that pass
 * the Luhn check. A number of one repeated digit is a placeholder, not a card.
 *
 * @example
 * isPaymentCardNumber('4111111111111111'); // true
 * isPaymentCardNumber('1234567812345678'); // false (no issuer starts with 1)
 */
export function isPaymentCardNumber(digits: string): boolean {
  if (digits.length < 12 || digits.length > 19 || /^(\d)\1+$/.test(digits)) return false;
  const network = NETWORKS.find((entry) => entry.prefix.test(digits));
  return network !== undefined && network.lengths.includes(digits.length) && passesLuhn(digits);
}
