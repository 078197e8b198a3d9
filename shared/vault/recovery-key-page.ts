/** The route a host prints the recovery key's page from: `#/print-recovery-key/<job id>`. */
export const recoveryKeyPrintRoutePrefix = 'print-recovery-key/';

/** The name the save dialog suggests for the page. */
export const recoveryKeyPageFileName = (madeOn: string): string => `Waypoint recovery key ${madeOn}.pdf`;
