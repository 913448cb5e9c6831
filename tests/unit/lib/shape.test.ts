import { ValidationError } from '../../../lib/errors.js';
import { arrayOf, checkBoolean, checkJson, nullable, objectOf, oneOf, optional, required, shape, type AttributesOf } from '../../../lib/shape.js';
import { checkText } from '../../../lib/validate.js';

const POLICY = shape('a policy', {
  plan: required(oneOf(['daily', 'weekly'])),
  hourOfDay: optional(oneOf([0, 4, 8])),
});
const THING = shape(
  'a thing',
  {
    name: required(checkText),
    isPublic: optional(checkBoolean),
    tags: optional(arrayOf(checkText)),
    backupPolicy: optional(objectOf(POLICY)),
    labels: optional(checkJson),
    weight: optional(nullable(oneOf([1, 2]))),
    vpcUuid: optional(checkText, { name: 'vpc' }),
  },
  (attrs, field) => {
    if (attrs.isPublic && attrs.labels) throw new ValidationError(`${field}.labels`, 'cannot go with isPublic');
  },
);
type Thing = AttributesOf<typeof THING>;

const wire = (value: unknown) => THING.wire('attrs', value);
const refusal = (value: unknown) => {
  try {
    wire(value);
  } catch (error) {
    return { error: (error as Error).name, field: (error as ValidationError).field, message: (error as Error).message };
  }
  throw new Error('not refused');
};

describe('shape', () => {
  it('gives the API JSON: snake_case names, nested shapes in wire form, free-form maps as they are, undefined left out', () => {
    const thing: Thing = { name: 'x', isPublic: false, tags: ['a'], backupPolicy: { plan: 'daily', hourOfDay: 4 }, labels: { camelKey: 1 }, weight: null, vpcUuid: 'v' };
    expect(wire({ ...thing, tags: undefined })).toStrictEqual({
      name: 'x',
      is_public: false,
      backup_policy: { plan: 'daily', hour_of_day: 4 },
      labels: { camelKey: 1 },
      weight: null,
      vpc: 'v',
    });
  });

  it.each([
    ['not an object', null, 'attrs', 'attrs must be an object, got null'],
    ['an unknown attribute', { name: 'x', is_public: true }, 'attrs', 'attrs has attributes a thing does not take: is_public'],
    ['a missing required one', { tags: [] }, 'attrs.name', 'attrs.name is required'],
    ['a bad value', { name: 'x', isPublic: 'yes' }, 'attrs.isPublic', 'attrs.isPublic must be a boolean'],
    ['a bad item', { name: 'x', tags: ['a', 7] }, 'attrs.tags[1]', 'attrs.tags[1] must be a non-empty string, got 7'],
    ['a bad nested value', { name: 'x', backupPolicy: { plan: 'hourly' } }, 'attrs.backupPolicy.plan', 'attrs.backupPolicy.plan must be one of "daily", "weekly", got "hourly"'],
    ['an unknown nested attribute', { name: 'x', backupPolicy: { plan: 'daily', day: 1 } }, 'attrs.backupPolicy', 'attrs.backupPolicy has attributes a policy does not take: day'],
    ['a rule across attributes', { name: 'x', isPublic: true, labels: {} }, 'attrs.labels', 'attrs.labels cannot go with isPublic'],
  ])('refuses %s with a ValidationError naming the field', (_name, value, field, message) => {
    expect(refusal(value)).toEqual({ error: 'ValidationError', field, message });
  });

  it('partial: the picked attributes, all optional', () => {
    const update = THING.partial('a thing update', ['name', 'tags']);
    expect(update.wire('attrs', {})).toStrictEqual({});
    expect(update.wire('attrs', { tags: ['b'] })).toStrictEqual({ tags: ['b'] });
    expect(() => update.wire('attrs', { isPublic: true })).toThrow('attrs has attributes a thing update does not take: isPublic');
  });
});
