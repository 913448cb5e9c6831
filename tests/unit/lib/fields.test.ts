import { Action, Droplet, Firewall, Image, LoadBalancer, Project, Region, Size, Tag, Volume, type Model } from '../../../lib/index.js';
import { Field, toModel, toPlain } from '../../../lib/fields.js';
import { plainToInstance } from 'class-transformer';
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

describe('toModel', () => {
  it.each(CASES)('builds %p with class-transformer from the @Field declarations, and toPlain gives the API JSON back', (cls, name, key) => {
    const body = fixture<Record<string, object | object[]>>(name)[key];
    for (const plain of Array.isArray(body) ? body : [body]) {
      const model = toModel(cls, structuredClone(plain));
      expect(model).toBeInstanceOf(cls);
      expect(model).toStrictEqual(plainToInstance(cls, structuredClone(plain), { excludeExtraneousValues: true, exposeUnsetFields: false }));
      expect(JSON.parse(JSON.stringify(toPlain(model)))).toEqual(plain);
    }
  });

  it('builds nested models and Dates as their classes', () => {
    const droplet = toModel(Droplet, fixture<{ droplet: object }>('droplets/get').droplet);
    expect(droplet.region).toBeInstanceOf(Region);
    expect(droplet.size).toBeInstanceOf(Size);
    expect(droplet.image).toBeInstanceOf(Image);
    expect(droplet.createdAt).toBeInstanceOf(Date);
    expect(droplet.createdAt.toISOString()).toBe('2025-03-14T09:26:53.000Z');
  });

  it('leaves out keys the model does not declare, and keeps nulls', () => {
    const droplet = toModel(Droplet, { id: 1, name: 'x', secret: 'no', kernel: null, region: null });
    expect(Object.keys(droplet).sort()).toEqual(['id', 'kernel', 'name', 'region']);
    expect([droplet.kernel, droplet.region]).toEqual([null, null]);
  });

  it('reads wire names holding quotes, backslashes and line breaks as data, and never copies a __proto__ key', () => {
    class Odd {
      @Field({ name: 'a"b' }) quoted!: string;
      @Field({ name: "c'd\\e" }) slashed!: string;
      @Field({ name: 'f\n}; throw new Error("injected"); //' }) broken!: string;
      @Field({ name: '__proto__' }) proto!: unknown;
    }
    const plain = JSON.parse('{"a\\"b": 1, "c\'d\\\\e": 2, "f\\n}; throw new Error(\\"injected\\"); //": 3, "__proto__": {"polluted": true}}');
    const odd = toModel(Odd, plain);
    expect({ ...odd }).toStrictEqual({ quoted: 1, slashed: 2, broken: 3 });
    expect(Object.getPrototypeOf(odd)).toBe(Odd.prototype);
    expect(odd).toBeInstanceOf(Odd);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
