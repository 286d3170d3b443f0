/** Input the domain cannot use; `message` is written for the person who typed it, `code` for the API. */
export class DomainInputError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'DomainInputError';
    this.code = code;
  }
}
