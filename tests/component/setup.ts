import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` waits for an event, not for a fixed time: with every core busy running the suite, a
// screen that loads its part of the app on demand can take longer than the library's default 1 s.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
