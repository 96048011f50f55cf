import { describe, expect, it } from 'vitest';
import { findSensitive, passesIbanChecksum, passesLuhn } from '../../src';

/** The PII findings of a text as `rule: value`. */
function pii(text: string, names: string[] = []): string[] {
  return findSensitive(text, { kinds: ['pii'], names }).map((f) => `${f.rule}: ${f.value}`);
}

describe('e-mail addresses', () => {
  it('finds addresses, with plus tags and sub-domains', () => {
    expect(pii('Mail jane.doe+oncall@mail.example.co.uk or OPS@EXAMPLE.COM.')).toEqual([
      'email: jane.doe+oncall@mail.example.co.uk',
      'email: OPS@EXAMPLE.COM',
    ]);
  });

  it('leaves logins in URLs, SSH remotes and package specifiers alone', () => {
    expect(pii('ssh://deploy@bastion.example.com git@github.com:acme/app.git pnpm@10.4.1')).toEqual(
      [],
    );
  });
});

describe('phone numbers', () => {
  it.each([
    '+1 415 555 2671',
    '+44 20 7946 0958',
    '+33 1 23 45 67 89',
    '+4915112345678',
    '(415) 555-2671',
    '415-555-2671',
    '415.555.2671',
    '1 (415) 555-2671',
    '020 7946 0958',
    '06 12 34 56 78',
    '030-12345678',
  ])('finds %s', (phone) => {
    expect(pii(`call ${phone} now`)).toEqual([`phone: ${phone}`]);
  });

  it.each([
    ['a timestamp', '2024-03-01 14:55:02.123'],
    ['a date', '01/03/2024 and 2024.03.01'],
    ['a version', 'release 10.2.3 build 4.5.6.7'],
    ['an epoch timestamp', 'at 1709290000 (1709290000123 ms)'],
    ['an incident id and a ticket', 'INC-4155552671 and JIRA-1234567'],
    ['a count with thousands', '1,234,567 requests and 12 345 678 bytes'],
    ['an invalid area code', '123-555-2671 and 415-155-2671'],
    ['a port list', 'ports 8080 8443 9090 9093'],
  ])('leaves %s alone', (_what, text) => {
    expect(pii(text)).toEqual([]);
  });
});

describe('IP addresses', () => {
  it('finds valid IPv4 and IPv6 addresses, with ports and CIDR suffixes', () => {
    expect(
      pii(
        'from 10.250.10.6:50010 to 192.168.0.0/16 via 2001:db8::8a2e:370:7334 and [fe80::1ff:fe23:4567:890a]:443',
      ),
    ).toEqual([
      'ipv4: 10.250.10.6',
      'ipv4: 192.168.0.0',
      'ipv6: 2001:db8::8a2e:370:7334',
      'ipv6: fe80::1ff:fe23:4567:890a',
    ]);
  });

  it('leaves invalid addresses, versions, loopback, masks, times and MACs alone', () => {
    const text = [
      '256.1.1.1 and 10.0.0.999 and 01.02.03.04',
      'version 1.2.3.4, v10.0.0.1, firmware 4.1.0.2',
      'OID 1.3.6.1.4.1.2021',
      '127.0.0.1 0.0.0.0 255.255.255.0 ::1',
      '14:55:02 and 00:1a:2b:3c:4d:5e and std::vector',
    ].join('\n');
    expect(pii(text)).toEqual([]);
  });
});

describe('payment cards and IBANs', () => {
  it('finds Luhn-valid card numbers of known networks, compact or grouped', () => {
    expect(pii('visa 4111 1111 1111 1111, mc 5555-5555-5555-4444, amex 378282246310005')).toEqual([
      'credit-card: 4111 1111 1111 1111',
      'credit-card: 5555-5555-5555-4444',
      'credit-card: 378282246310005',
    ]);
  });

  it('leaves numbers that fail Luhn or have no issuer alone', () => {
    expect(pii('4111 1111 1111 1112 and 1234 5678 1234 5670 and 9999999999999995')).toEqual([]);
  });

  it('finds mod-97-valid IBANs, compact or in groups of four', () => {
    expect(pii('IBAN GB82 WEST 1234 5698 7654 32 or DE89370400440532013000.')).toEqual([
      'iban: GB82 WEST 1234 5698 7654 32',
      'iban: DE89370400440532013000',
    ]);
    expect(pii('GB82 WEST 1234 5698 7654 33 and DE89370400440532013001')).toEqual([]);
  });

  it('checks Luhn and mod 97 as published', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(passesIbanChecksum('NL91ABNA0417164300')).toBe(true);
    expect(passesIbanChecksum('NL91ABNA0417164301')).toBe(false);
  });
});

describe("the workspace's people", () => {
  const names = ['Jane Doe', 'Ravi Patel', 'Jean-Luc Picard', 'Jane'];

  it('finds names as whole words, case-insensitively, with possessives and spacing', () => {
    expect(
      pii("Jane Doe paged RAVI  PATEL; Jean-Luc Picard's laptop; then jane left.", names),
    ).toEqual([
      'person-name: Jane Doe',
      'person-name: RAVI  PATEL',
      'person-name: Jean-Luc Picard',
      'person-name: jane',
    ]);
  });

  it('does not find a name inside another word', () => {
    expect(pii('Janet and Mary-Jane and janeway', names)).toEqual([]);
  });
});
