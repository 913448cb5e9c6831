import type { SimulatorModule } from './module.js';
import { CORE_MODULES, MODULES } from './resources/index.js';
import { Router } from './router.js';

/** Every endpoint of the API the simulator answers (of `modules`, default all), as the official description names them. */
export function routes(modules: readonly SimulatorModule[] = MODULES): Router {
  const router = new Router();
  for (const module of modules) module.routes(router);
  return router;
}

/** Adds the routes of every module beyond droplets, images, actions and the catalogue to `router`. */
export function resourceRoutes(router: Router): Router {
  for (const module of MODULES) if (!CORE_MODULES.includes(module)) module.routes(router);
  return router;
}
