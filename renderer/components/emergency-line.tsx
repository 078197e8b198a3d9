/**
 * The one sentence every crisis surface shows, locked or not: calm, visible, and it sends nothing
 * anywhere. The examples help someone who does not know the number where they are.
 */
export function EmergencyLine() {
  return (
    <p className="emergency-line">
      <strong>If you are in danger now, call your local emergency number</strong> (for example 999 or 112 in the UK, 112
      in the EU, 911 in the US and Canada).
    </p>
  );
}
