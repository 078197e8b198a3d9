/**
 * The tray / menu-bar icon: a map pin in the app's green, 32x32 PNG, drawn for Waypoint. Inline
 * so the icon needs no file lookup in a packaged app.
 */
export const trayIconDataUrl =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAZUlEQVR42mNgGAWjgESgHxvwHx8eMItp6hBSLaeqI8i1nGqOGFAHEGs4zRxBqoEjwwG00DO0HDCaBuiaDUdLwkFRGQ2K6phURwzPFhFN8/uQcwA2Rwx463hAm+gD3kcY7S0NaQAAg3vtnv0oLLYAAAAASUVORK5CYII=';
