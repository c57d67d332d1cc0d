/** The hub refused or could not be asked to enroll this computer; `code` says which. */
export class EnrollmentError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}
