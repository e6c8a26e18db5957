import { ApiError, describeProblem, detailFieldErrors, parseRetryAfter, problemKey, toProblem, translateViolation } from './problem';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}${JSON.stringify(options)}` : key);

describe('problem bodies', () => {
  it('reads a problem body and keeps only well-formed violations', () => {
    const problem = toProblem(400, {
      status: 400,
      title: 'Bad Request',
      detail: 'The request is not valid',
      violations: [{ field: 'text', message: 'must be at most 4096 characters' }, { bogus: true }],
    });
    expect(problem.violations).toEqual([{ field: 'text', message: 'must be at most 4096 characters' }]);
  });

  it('keeps the status of an answer that is not a problem', () => {
    expect(toProblem(502, '<html>bad gateway</html>')).toEqual({ status: 502 });
  });

  it.each([
    [{ status: 0 }, 'errors.network'],
    [{ status: 403, detail: "Your organization's account is suspended; contact the platform's support" }, 'errors.suspended'],
    [{ status: 403, detail: 'You are not allowed to do this' }, 'errors.forbidden'],
    [{ status: 401 }, 'errors.signedOut'],
    [{ status: 422, detail: "The customer's 24-hour service window is closed (since …)" }, 'errors.window'],
    [{ status: 422, detail: 'assigneeId: not a user of this tenant' }, 'errors.assignee'],
    [{ status: 422, detail: 'anything else' }, 'errors.rule'],
    [{ status: 404 }, 'errors.notFound'],
    [{ status: 409 }, 'errors.conflict'],
    [{ status: 413 }, 'errors.tooLarge'],
    [{ status: 429 }, 'errors.rateLimited'],
    [{ status: 503 }, 'errors.unavailable'],
    [{ status: 500 }, 'errors.server'],
  ])('chooses the sentence for %j', (problem, key) => {
    expect(problemKey(problem)).toBe(key);
  });

  it('says how long to wait, from Retry-After', () => {
    const readable = describeProblem(new ApiError({ status: 503, detail: 'The service is unavailable' }, 7), t);
    expect(readable.message).toBe('errors.unavailable{"seconds":7}');
  });

  it('puts violations onto their fields in the user language', () => {
    const error = new ApiError({
      status: 400,
      detail: 'The request is not valid',
      violations: [
        { field: 'text', message: 'must be at most 4096 characters' },
        { field: 'labels', message: 'must have at most 20 labels' },
        { field: 'reason', message: 'is required' },
        { field: 'other', message: 'some rule the app does not know' },
      ],
    });
    const readable = describeProblem(error, t);
    expect(readable.message).toBe('errors.invalid{"seconds":5}');
    expect(readable.detail).toBeUndefined();
    expect(readable.fieldErrors).toEqual({
      text: 'validation.maxLength{"count":4096}',
      labels: 'validation.maxLabels{"count":20}',
      reason: 'validation.required',
      other: 'some rule the app does not know',
    });
  });

  it('keeps the service detail when it says more than the status', () => {
    const readable = describeProblem(new ApiError({ status: 422, detail: 'The plan allows 2 connections' }), t);
    expect(readable.detail).toBe('The plan allows 2 connections');
  });

  it('translates a taken name', () => {
    expect(translateViolation('is already in use', t)).toBe('validation.taken');
  });

  it('translates a NUL refusal', () => {
    expect(translateViolation('must not contain the NUL character', t)).toBe('validation.nul');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('5')).toBe(5);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('Tue, 01 Dec 2026 12:00:10 GMT', Date.parse('Tue, 01 Dec 2026 12:00:00 GMT'))).toBe(10);
    expect(parseRetryAfter('soon')).toBeNull();
  });

  it('describes something that is not an API error generically', () => {
    expect(describeProblem(new Error('x'), t).message).toBe('errors.unknown');
  });

  it('puts "field: message" parts of a detail on the form fields they name, and only on those', () => {
    const fields = ['phoneNumberId', 'accessToken', 'appSecret'];
    expect(detailFieldErrors('accessToken: Meta rejected the access token (invalid or expired)', fields, t)).toEqual({
      accessToken: 'validation.tokenRejected',
    });
    expect(
      detailFieldErrors('phoneNumberId: is required for CLOUD_API; appSecret: is required for CLOUD_API (unless x)', fields, t),
    ).toEqual({ phoneNumberId: 'validation.required', appSecret: 'validation.required' });
    expect(detailFieldErrors('password: too short', fields, t)).toEqual({});
    expect(detailFieldErrors('Meta is unavailable: try later', fields, t)).toEqual({});
    expect(detailFieldErrors(undefined, fields, t)).toEqual({});
  });
});
