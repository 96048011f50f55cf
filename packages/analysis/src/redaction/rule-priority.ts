/**
 * When two candidates overlap, the higher priority wins (then the longer, then the earlier):
 * a format-identified token beats the keyword rule that also saw it, and any secret beats the
 * e-mail address inside a connection string.
 */
export const PRIORITY = {
  token: 60,
  privateKey: 60,
  urlCredentials: 50,
  keyword: 40,
  highEntropy: 30,
  paymentCard: 25,
  iban: 25,
  email: 20,
  name: 18,
  ipAddress: 15,
  phone: 12,
} as const;
