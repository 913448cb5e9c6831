/**
 * The catalogue the simulator starts with: regions, sizes, distribution and application images
 * and kernels, with the real API's slugs.
 */

/** A region as the API writes it. */
export interface RegionJson {
  /** Display name, e.g. `New York 3`. */
  name: string;
  /** Slug, e.g. `nyc3`. */
  slug: string;
  /** What the region offers, e.g. `backups`, `ipv6`, `metadata`. */
  features: string[];
  /** Whether droplets can be made there. */
  available: boolean;
  /** Slugs of the sizes offered there. */
  sizes: string[];
}

/** A size as the API writes it. */
export interface SizeJson {
  /** Slug, e.g. `s-1vcpu-1gb`. */
  slug: string;
  /** Memory in MB. */
  memory: number;
  /** Virtual CPUs. */
  vcpus: number;
  /** Disk in GB. */
  disk: number;
  /** Monthly outbound transfer in TB. */
  transfer: number;
  /** US dollars a month. */
  price_monthly: number;
  /** US dollars an hour. */
  price_hourly: number;
  /** Slugs of the regions that offer it. */
  regions: string[];
  /** Whether droplets can be made with it. */
  available: boolean;
  /** Its family, e.g. `Basic`. */
  description: string;
  /** Its disks. */
  disk_info: Array<{
    /** `local` or `scratch`. */
    type: string;
    /** The disk's size. */
    size: {
      /** How many `unit`s. */
      amount: number;
      /** E.g. `gib`. */
      unit: string;
    };
  }>;
  /** Its GPUs, on GPU sizes. */
  gpu_info?: {
    /** How many. */
    count: number;
    /** E.g. `nvidia_h100`. */
    model: string;
    /** Video memory of each. */
    vram: {
      /** How many `unit`s. */
      amount: number;
      /** E.g. `gib`. */
      unit: string;
    };
  };
}

/** An image as the API writes it. */
export interface ImageJson {
  /** Numeric id. */
  id: number;
  /** Display name. */
  name: string;
  /** What kind of image it is. */
  type: 'base' | 'snapshot' | 'backup' | 'custom' | 'admin';
  /** E.g. `Ubuntu`. */
  distribution: string;
  /** Slug of a public image, e.g. `ubuntu-24-04-x64`; `null` for private ones. */
  slug: string | null;
  /** Whether every account can use it. */
  public: boolean;
  /** Slugs of the regions it is in. */
  regions: string[];
  /** When it was made, e.g. `2025-03-14T09:26:53Z`. */
  created_at: string;
  /** The smallest disk, in GB, a droplet made from it needs. */
  min_disk_size: number | null;
  /** Its size in GB. */
  size_gigabytes: number | null;
  /** Free text. */
  description: string;
  /** Tags on it. */
  tags: string[];
  /** Where it stands, e.g. `available`. */
  status: 'NEW' | 'available' | 'pending' | 'deleted' | 'retired';
  /** Why an import failed, else empty. */
  error_message: string;
}

/** A kernel as the API writes it. */
export interface KernelJson {
  /** Numeric id. */
  id: number;
  /** Display name. */
  name: string;
  /** Its version string. */
  version: string;
}

const REGION_NAMES: Array<[string, string]> = [
  ['nyc1', 'New York 1'],
  ['nyc3', 'New York 3'],
  ['sfo2', 'San Francisco 2'],
  ['sfo3', 'San Francisco 3'],
  ['ams3', 'Amsterdam 3'],
  ['sgp1', 'Singapore 1'],
  ['lon1', 'London 1'],
  ['fra1', 'Frankfurt 1'],
  ['tor1', 'Toronto 1'],
  ['blr1', 'Bangalore 1'],
  ['syd1', 'Sydney 1'],
];

const GPU_REGIONS = ['tor1', 'nyc1'];

// slug, memory MB, vcpus, disk GB, transfer TB, US$ a month, description
const SIZE_ROWS: Array<[string, number, number, number, number, number, string]> = [
  ['s-1vcpu-512mb-10gb', 512, 1, 10, 0.5, 4, 'Basic'],
  ['s-1vcpu-1gb', 1024, 1, 25, 1, 6, 'Basic'],
  ['s-1vcpu-2gb', 2048, 1, 50, 2, 12, 'Basic'],
  ['s-2vcpu-2gb', 2048, 2, 60, 3, 18, 'Basic'],
  ['s-2vcpu-4gb', 4096, 2, 80, 4, 24, 'Basic'],
  ['s-4vcpu-8gb', 8192, 4, 160, 5, 48, 'Basic'],
  ['s-8vcpu-16gb', 16384, 8, 320, 6, 96, 'Basic'],
  ['c-2', 4096, 2, 25, 4, 42, 'CPU-Optimized'],
  ['g-2vcpu-8gb', 8192, 2, 25, 4, 63, 'General Purpose'],
  ['m-2vcpu-16gb', 16384, 2, 50, 4, 84, 'Memory-Optimized'],
];

const GPU_SIZE: SizeJson = {
  slug: 'gpu-h100x1-80gb',
  memory: 245760,
  vcpus: 20,
  disk: 720,
  transfer: 15,
  price_monthly: 4529.28,
  price_hourly: 6.74,
  regions: GPU_REGIONS,
  available: true,
  description: 'H100 GPU - 1X',
  disk_info: [
    { type: 'local', size: { amount: 720, unit: 'gib' } },
    { type: 'scratch', size: { amount: 5120, unit: 'gib' } },
  ],
  gpu_info: { count: 1, model: 'nvidia_h100', vram: { amount: 80, unit: 'gib' } },
};

/** The sizes, cheapest first, then the GPU size. */
export function seedSizes(): SizeJson[] {
  const everywhere = REGION_NAMES.map(([slug]) => slug);
  const sizes: SizeJson[] = SIZE_ROWS.map(([slug, memory, vcpus, disk, transfer, monthly, description]) => ({
    slug,
    memory,
    vcpus,
    disk,
    transfer,
    price_monthly: monthly,
    price_hourly: Math.round((monthly / 672) * 100000) / 100000,
    // The smallest plan is sold in fewer regions, as in the real catalogue.
    regions: slug === 's-1vcpu-512mb-10gb' ? ['nyc1', 'nyc3', 'sfo3', 'ams3', 'fra1'] : everywhere,
    available: true,
    description,
    disk_info: [{ type: 'local', size: { amount: disk, unit: 'gib' } }],
  }));
  return [...sizes, structuredClone(GPU_SIZE)];
}

/** The regions, each listing the sizes sold there. */
export function seedRegions(sizes: SizeJson[]): RegionJson[] {
  return REGION_NAMES.map(([slug, name]) => ({
    name,
    slug,
    features: ['backups', 'ipv6', 'metadata', 'install_agent', 'storage', 'image_transfer'],
    available: true,
    sizes: sizes.filter((size) => size.regions.includes(slug)).map((size) => size.slug),
  }));
}

// slug, name, distribution, min disk, GB, application?
const IMAGE_ROWS: Array<[string, string, string, number, number, boolean]> = [
  ['ubuntu-24-04-x64', '24.04 (LTS) x64', 'Ubuntu', 7, 2.36, false],
  ['ubuntu-22-04-x64', '22.04 (LTS) x64', 'Ubuntu', 7, 2.28, false],
  ['debian-12-x64', '12 x64', 'Debian', 7, 0.89, false],
  ['debian-11-x64', '11 x64', 'Debian', 7, 0.84, false],
  ['fedora-42-x64', '42 x64', 'Fedora', 7, 1.12, false],
  ['rockylinux-9-x64', '9 x64', 'Rocky Linux', 10, 1.01, false],
  ['centos-stream-9-x64', 'Stream 9 x64', 'CentOS', 10, 1.23, false],
  ['docker-20-04', 'Docker on Ubuntu 22.04', 'Ubuntu', 25, 3.8, true],
  ['wordpress-20-04', 'WordPress on Ubuntu 22.04', 'Ubuntu', 25, 4.2, true],
];

/** Public images, with whether each is an application (1-Click) image. */
export function seedImages(regions: RegionJson[], nextId: () => number): Array<{ image: ImageJson; application: boolean }> {
  return IMAGE_ROWS.map(([slug, name, distribution, minDisk, gigabytes, application]) => ({
    application,
    image: {
      id: nextId(),
      name,
      type: 'base',
      distribution,
      slug,
      public: true,
      regions: regions.map((r) => r.slug),
      created_at: '2025-04-24T15:49:14Z',
      min_disk_size: minDisk,
      size_gigabytes: gigabytes,
      description: `${distribution} ${name}`,
      tags: [],
      status: 'available',
      error_message: '',
    },
  }));
}

/** Kernels a droplet can switch to. */
export function seedKernels(): KernelJson[] {
  return [
    { id: 7515, name: 'DigitalOcean GrubLoader v0.2 (20160714)', version: '2016.07.13-DigitalOcean_loader_Ubuntu' },
    { id: 8211, name: 'Ubuntu 24.04 x64 vmlinuz-6.8.0-31-generic', version: '6.8.0-31-generic' },
    { id: 8212, name: 'Ubuntu 24.04 x64 vmlinuz-6.8.0-45-generic', version: '6.8.0-45-generic' },
    { id: 8301, name: 'Debian 12 x64 vmlinuz-6.1.0-25-amd64', version: '6.1.0-25-amd64' },
  ];
}
