/** An export file that cannot be imported: not valid, or from a newer Waypoint. */
export class ExportDocumentError extends Error {
  constructor(
    readonly kind: 'invalid' | 'unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'ExportDocumentError';
  }
}
