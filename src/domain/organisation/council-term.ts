/**
 * The municipal council's election period (valgperiode) a year belongs to. Since the 2009
 * election the councils sit four years from 1 January after the election (2010-2013,
 * 2014-2017, 2018-2021, 2022-2025, 2026-2029); the councils of the 2007 reform sat
 * 2007-2009, those elected in 2001 sat 2002-2006 (prolonged by the reform), and before that
 * four years again (1998-2001, 1994-1997, ...).
 */
export interface CouncilTerm {
  startYear: number;
  endYear: number;
}

export function councilTermOf(year: number): CouncilTerm {
  if (year >= 2010) {
    const startYear = 2010 + Math.floor((year - 2010) / 4) * 4;
    return { startYear, endYear: startYear + 3 };
  }
  if (year >= 2007) return { startYear: 2007, endYear: 2009 };
  if (year >= 2002) return { startYear: 2002, endYear: 2006 };
  const startYear = 1998 - Math.ceil((1998 - year) / 4) * 4;
  return { startYear, endYear: startYear + 3 };
}
