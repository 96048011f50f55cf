import { ApiError } from '@aftermath/contract';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, formFailureOf } from './field-errors';

const validation = (details: { path: string; message: string }[]) =>
  new ApiError(400, { code: 'validation', message: 'Invalid request', details });

describe('fieldErrorsOf', () => {
  it('puts each message under the control that holds the bad value', () => {
    const error = validation([
      { path: 'body.title', message: 'a title is required' },
      { path: 'body.services.1', message: 'lower-case letters' },
      { path: 'body.services.2', message: 'lower-case letters, again' },
    ]);
    expect(fieldErrorsOf(error)).toEqual({
      title: 'a title is required',
      services: 'lower-case letters',
    });
  });

  it('keeps nested names when asked, for milestone fields', () => {
    const error = validation([{ path: 'body.milestones.detectedAt', message: 'before impact' }]);
    expect(fieldErrorsOf(error, 2)).toEqual({ 'milestones.detectedAt': 'before impact' });
  });
});

describe('formFailureOf', () => {
  it('points to the fields when every problem is visible in the form', () => {
    const failure = formFailureOf(validation([{ path: 'body.title', message: 'required' }]), [
      'title',
    ]);
    expect(failure.message).toBe('One field needs a fix: see the message below it.');
  });

  it('spells out problems with fields the form does not show', () => {
    const error = validation([{ path: 'body.visibility', message: 'invalid option' }]);
    expect(formFailureOf(error, ['title'])).toEqual({
      errors: {},
      message: 'visibility: invalid option',
    });
  });

  it('says the server is unreachable when the request never got an answer', () => {
    const failure = formFailureOf(new TypeError('Failed to fetch'), ['title']);
    expect(failure.message).toMatch(/Could not reach the Aftermath server/);
  });
});
