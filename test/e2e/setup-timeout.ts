/** Real terraform runs take seconds to minutes: give e2e tests room (they never assert duration). */
import { jest } from '@jest/globals';

jest.setTimeout(300_000);
