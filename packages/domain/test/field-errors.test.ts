import { describe, expect, it } from 'vitest';
import { formOf, validateFields } from '../src/field-errors.js';
import { applicationFields } from '../src/field-groups.js';

describe('field errors', () => {
  it('give a form one message per field, worded for the place under it', () => {
    const form = formOf({ name: applicationFields.companyName, url: applicationFields.jobUrl });
    expect(validateFields(form, { name: ' ', url: 'ftp://x' })).toEqual({
      name: 'Required',
      url: 'Must be an http:// or https:// address',
    });
  });
});
