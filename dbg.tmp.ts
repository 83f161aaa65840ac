import { mmck } from '@/lib/sim/theory';
console.log(mmck(121.67313429449086,50,1,393));
console.log(mmck(121.67313429449086,50,1,3));
