/** Installing or removing the service cannot be done; the message says what to do. Light: cli.ts loads it. */
export class ServiceInstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServiceInstallError';
  }
}
