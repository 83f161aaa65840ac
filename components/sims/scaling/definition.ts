import { models } from '@/lib/sim/models';
import type { ScalingParams } from '@/lib/sim/models/scaling';
import { defineSim } from '@/lib/sim-ui/definition';
import { capacityNow, MONTH_MS, ScalingRun, type ScalingSnapshot } from './run';

/** Spare capacity as a share of demand; negative = overloaded. */
const headroom = (capacity: number, demand: number) => (capacity - demand) / demand;

/** Served share of demand with a given capacity (1 = everything served). */
const served = (capacity: number, demand: number) => Math.min(1, capacity / demand);

/** `<ScalingExplorer>`: one big machine vs N small ones behind a balancer, as demand grows. */
export const scalingExplorer = defineSim<ScalingParams, ScalingSnapshot>({
  id: 'scaling',
  mdxName: 'ScalingExplorer',
  title: 'Scale up or scale out',
  schema: models.scaling.schema,
  create: (p) => new ScalingRun(p),
  controls: ['demand', 'growthPerMonth', 'months', 'bigTiers', 'priceExponent'],
  ui: {
    demand: { min: 50, max: 5000, step: 50 },
    growthPerMonth: { min: 0, max: 50, step: 1 },
    months: { min: 6, max: 60 },
    smallMachineCapacity: { min: 50, max: 2000, step: 50 },
    smallMachineCost: { min: 10, max: 1000, step: 10 },
    loadBalancerCost: { min: 0, max: 500, step: 10 },
  },
  presets: {
    startup: { label: 'Start-up growth', description: '500 req/s growing 10 % a month for two years.', params: { demand: 500, growthPerMonth: 10, months: 24 } },
    'steady-shop': { label: 'Steady shop', description: 'Slow growth: one big machine is enough for years.', params: { demand: 300, growthPerMonth: 2, months: 36 } },
    'viral-launch': { label: 'Viral launch', description: '30 % a month: the biggest machine runs out within a year.', params: { demand: 400, growthPerMonth: 30, months: 18 } },
    'cheap-big-iron': { label: 'Cheap big machines', description: 'Price grows only linearly with size (exponent 1).', params: { priceExponent: 1 } },
  },
  metrics: [
    { key: 'month', label: 'Month', unit: '', get: (s) => s.month },
    { key: 'demand', label: 'Demand', unit: 'req/s', get: (s) => s.current.demand, summary: true },
    { key: 'verticalCapacity', label: 'One big machine: capacity', unit: 'req/s', get: (s) => capacityNow(s).vertical, better: 'higher' },
    { key: 'horizontalCapacity', label: 'Small machines: capacity', unit: 'req/s', get: (s) => capacityNow(s).horizontal, better: 'higher' },
    { key: 'verticalHeadroom', label: 'One big machine: headroom', unit: '%', get: (s) => headroom(capacityNow(s).vertical, s.current.demand), better: 'higher' },
    { key: 'horizontalHeadroom', label: 'Small machines: headroom', unit: '%', get: (s) => headroom(capacityNow(s).horizontal, s.current.demand), better: 'higher' },
    { key: 'machines', label: 'Small machines', unit: 'machines', get: (s) => s.current.machines - (s.machineLost ? 1 : 0) },
    { key: 'verticalServed', label: 'One big machine: demand served', unit: '%', get: (s) => served(capacityNow(s).vertical, s.current.demand), better: 'higher', summary: true },
    { key: 'horizontalServed', label: 'Small machines: demand served', unit: '%', get: (s) => served(capacityNow(s).horizontal, s.current.demand), better: 'higher', summary: true },
    { key: 'verticalCost', label: 'One big machine: $/month', unit: '$', get: (s) => s.current.verticalCost, better: 'lower' },
    { key: 'horizontalCost', label: 'Small machines + balancer: $/month', unit: '$', get: (s) => s.current.horizontalCost, better: 'lower' },
    { key: 'verticalSpent', label: 'One big machine: spent so far', unit: '$', get: (s) => s.verticalSpent, better: 'lower' },
    { key: 'horizontalSpent', label: 'Small machines: spent so far', unit: '$', get: (s) => s.horizontalSpent, better: 'lower' },
  ],
  series: [
    { key: 'demand', label: 'demand', unit: 'req/s', get: (s) => s.current.demand },
    { key: 'vCap', label: 'one big machine', unit: 'req/s', get: (s) => capacityNow(s).vertical },
    { key: 'hCap', label: 'small machines', unit: 'req/s', get: (s) => capacityNow(s).horizontal },
    { key: 'vCost', label: 'one big machine', unit: '$', get: (s) => s.current.verticalCost },
    { key: 'hCost', label: 'small machines + balancer', unit: '$', get: (s) => s.current.horizontalCost },
  ],
  charts: [
    { id: 'capacity', title: 'Capacity vs demand', unit: 'req/s', series: ['demand', 'vCap', 'hCap'] },
    { id: 'cost', title: 'Monthly cost', unit: '$', series: ['vCost', 'hCost'] },
  ],
  compareKeys: ['growthPerMonth', 'priceExponent', 'bigTiers', 'smallMachineCost', 'targetUtilization'],
  sampleEveryMs: () => MONTH_MS / 2,
  stepMs: () => MONTH_MS,
  defaultSpeed: 1,
  formatTime: (ms) => `month ${Math.floor(ms / MONTH_MS)}`,
  formatAxisTime: (sec) => `${Math.round((sec * 1000) / MONTH_MS)} mo`,
  axisTimeSteps: [1, 2, 3, 6, 12, 24, 60].map((months) => (months * MONTH_MS) / 1000),
  assumptions: [
    'Demand grows by the same percentage every month (compounded); capacity is bought ahead so machines stay at or below the target utilisation.',
    'Vertical: a ladder of machine sizes, each twice the last, priced at small price × (size)^exponent; the largest is a hard ceiling.',
    'Horizontal: identical small machines, as many as needed, plus one load balancer; the work splits evenly.',
    'Losing one machine: the big machine takes all capacity with it; the small pool loses one machine’s share.',
    'An analytic model: no queues or latency here (see the load balancer and queue simulations for those).',
  ],
});
