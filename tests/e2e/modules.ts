import type { SimulatorModule } from '../../lib/testing/module.js';
import { Router } from '../../lib/testing/router.js';
import type { Harness } from './support.js';

/** Declares the test that the suite's simulator answered every route of `modules` at least once. */
export function itAnswersModules(harness: () => Harness, ...modules: SimulatorModule[]): void {
  it(`answers every route of ${modules.map((m) => m.name).join(', ')}`, () => {
    const answered = new Set([...harness().conformance.checked.keys()].map((key) => key.replace(/ \d+$/, '')));
    const router = new Router();
    for (const module of modules) module.routes(router);
    expect(router.operations.filter((op) => !answered.has(op))).toEqual([]);
  });
}
