/**
 * Founding years of development zones, for "建区N周年" (the year a report is about). Keyed by the zone's
 * canonical name in data/regions. Sources: 济宁高新区 was founded in 1992 as a provincial zone (national
 * since 2010; seed 002 says 2017 is its 25th year); 济宁经开区 was inaugurated in February 2014 after the
 * city's redistricting.
 */
export const ZONE_FOUNDED: Readonly<Record<string, number>> = {
  济宁高新技术产业开发区: 1992,
  济宁经济技术开发区: 2014,
};
