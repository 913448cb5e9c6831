import { Action, Droplet, Firewall, Image, LoadBalancer, Project, Region, Size, Tag, Volume, type Model } from '../../../lib/index.js';
import { toModel, toModelWithClassTransformer, toPlain } from '../../../lib/fields.js';
import { fixture } from '../../helpers.js';

const CASES: Array<[new () => Model, string, string]> = [
  [Droplet, 'droplets/get', 'droplet'],
  [Image, 'images/get', 'image'],
  [Action, 'actions/get', 'action'],
  [Region, 'regions/list', 'regions'],
  [Size, 'sizes/list', 'sizes'],
  [Volume, 'volumes/get', 'volume'],
  [Firewall, 'firewalls/get', 'firewall'],
  [LoadBalancer, 'load-balancers/get', 'load_balancer'],
  [Tag, 'tags/get', 'tag'],
  [Project, 'projects/get', 'project'],
];

describe('the compiled mapper', () => {
  it.each(CASES)('builds the same %p as class-transformer does from the same declarations', (cls, name, key) => {
    const body = fixture<Record<string, object | object[]>>(name)[key];
    for (const plain of Array.isArray(body) ? body : [body]) {
      const compiled = toModel(cls, structuredClone(plain));
      expect(compiled).toStrictEqual(toModelWithClassTransformer(cls, structuredClone(plain)));
      expect(JSON.parse(JSON.stringify(toPlain(compiled)))).toEqual(plain);
    }
  });

  it('leaves out keys the model does not declare, and keeps nulls', () => {
    const droplet = toModel(Droplet, { id: 1, name: 'x', secret: 'no', kernel: null, region: null });
    expect(Object.keys(droplet).sort()).toEqual(['id', 'kernel', 'name', 'region']);
    expect([droplet.kernel, droplet.region]).toEqual([null, null]);
  });
});
