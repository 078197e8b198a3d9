/** What shows for the moment a screen's code loads: quiet, and announced politely. */
export function ScreenLoading() {
  return (
    <p className="muted" role="status">
      Opening…
    </p>
  );
}
