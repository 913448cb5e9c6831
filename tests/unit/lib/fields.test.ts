import { Action, Droplet, Firewall, Image, LoadBalancer, Project, Region, Size, Tag, Volume, type Model } from '../../../lib/index.js';
import { Field, toModel, toModelWithClassTransformer, toPlain } from '../../../lib/fields.js';
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

  it('reads wire names holding quotes, backslashes and line breaks as data, never as code', () => {
    class Odd {
      @Field({ name: 'a"b' }) quoted!: string;
      @Field({ name: "c'd\\e" }) slashed!: string;
      @Field({ name: 'f\n}; throw new Error("injected"); //' }) broken!: string;
      @Field({ name: '__proto__' }) proto!: unknown;
    }
    const plain = JSON.parse('{"a\\"b": 1, "c\'d\\\\e": 2, "f\\n}; throw new Error(\\"injected\\"); //": 3, "__proto__": {"polluted": true}}');
    const odd = toModel(Odd, plain);
    expect({ ...odd }).toEqual({ quoted: 1, slashed: 2, broken: 3, proto: { polluted: true } });
    expect(odd).toBeInstanceOf(Odd);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
