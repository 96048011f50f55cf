import { describe, expect, it } from 'vitest';
import { IsoFormatter } from './format-iso';

describe('IsoFormatter', () => {
  it('agrees with Date#toISOString across eras, leap days and sub-second values', () => {
    const formatter = new IsoFormatter();
    const samples = [
      0, -1, 951_782_400_000, 951_868_799_999, 1_709_296_245_007, -62_167_219_200_000,
      253_402_300_799_999,
    ];
    for (let ms = -3e12; ms < 5e12; ms += 7_777_777_777) samples.push(Math.round(ms));
    for (const ms of samples) expect(formatter.format(ms)).toBe(new Date(ms).toISOString());
  });

  it('reuses the second it remembers without mixing up milliseconds', () => {
    const formatter = new IsoFormatter();
    expect(formatter.format(1_709_296_245_001)).toBe('2024-03-01T12:30:45.001Z');
    expect(formatter.format(1_709_296_245_999)).toBe('2024-03-01T12:30:45.999Z');
    expect(formatter.format(1_709_296_246_000)).toBe('2024-03-01T12:30:46.000Z');
  });

  it('gives the same text for a repeated instant, also around an instant out of range', () => {
    const formatter = new IsoFormatter();
    const sequence = [
      1_709_296_245_000, 1_709_296_245_000, 253_402_300_800_000, 1_709_296_245_000,
      1_709_296_245_001, 1_709_296_245_000, 951_782_400_000, 1_709_296_245_000,
    ];
    for (const ms of sequence) expect(formatter.format(ms)).toBe(new Date(ms).toISOString());
  });

  it('writes every millisecond of a second like Date#toISOString', () => {
    const formatter = new IsoFormatter();
    for (let ms = 1_709_296_245_000; ms < 1_709_296_246_000; ms += 1) {
      expect(formatter.format(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('falls back for years outside 0–9999', () => {
    expect(new IsoFormatter().format(253_402_300_800_000)).toBe('+010000-01-01T00:00:00.000Z');
  });
});
