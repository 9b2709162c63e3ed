/** One broken rule on one input path; validation collects every one before refusing. */
export interface FieldError {
  path: string;
  code: 'FIELD_REQUIRED' | 'FIELD_INVALID';
  message: string;
}

export const required = (path: string, message = 'is required'): FieldError => ({
  path,
  code: 'FIELD_REQUIRED',
  message,
});
export const invalid = (path: string, message: string): FieldError => ({ path, code: 'FIELD_INVALID', message });
