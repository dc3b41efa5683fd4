import { bylineNames, closingByline, leadOutlet, sourceOutlet, stampedOutlet } from "./byline.ts";
import { centralDepartments } from "./central.ts";
import { companyBySuffix } from "./company.ts";
import { countryNames } from "./country.ts";
import { creditNames } from "./credit.ts";
import { gazetteerNames } from "./gazetteer.ts";
import { bareZoneBody, governmentBySuffix } from "./government.ts";
import { headedCompany, specialRegion } from "./headedCompany.ts";
import { institutionBySuffix, promotionCentre } from "./institution.ts";
import { governmentByLevel } from "./level.ts";
import { enumeratedNames } from "./list.ts";
import { nameBeforeLeaderTitle, nameBeforeTitle } from "./nameTitle.ts";
import { airportZone, metropolitanArea, parkBySuffix, parkByWeakSuffix } from "./park.ts";
import { partyCommittees } from "./party.ts";
import { continuedPersons, leaderListedPersons, listedPersons } from "./personList.ts";
import { placeBySuffix } from "./place.ts";
import { companyProject, projectBySuffix } from "./project.ts";
import { colonListedProjects, listedProjects } from "./projectList.ts";
import { regionPlaces } from "./region.ts";
import { joinedRolePerson, rolePerson } from "./rolePerson.ts";
import { routeWorks } from "./route.ts";
import { routeEnd } from "./routeEnd.ts";
import { colonListedPersons, conjoinedPerson, datelineSite, delegatePerson, signatureLine } from "./titledLists.ts";
import { companyByTrade } from "./trade.ts";
import { venuePlaces } from "./venue.ts";
import { employeeWinner } from "./winner.ts";
import { diversionWorks, waterWorks } from "./works.ts";

/** Every entity rule; order does not matter (refiners settle overlaps by length, then priority). */
export const ENTITY_RULES = [
  gazetteerNames,
  centralDepartments,
  partyCommittees,
  bylineNames,
  sourceOutlet,
  stampedOutlet,
  leadOutlet,
  headedCompany,
  specialRegion,
  closingByline,
  creditNames,
  rolePerson,
  joinedRolePerson,
  listedPersons,
  continuedPersons,
  leaderListedPersons,
  conjoinedPerson,
  colonListedPersons,
  signatureLine,
  delegatePerson,
  datelineSite,
  nameBeforeTitle,
  nameBeforeLeaderTitle,
  employeeWinner,
  companyBySuffix,
  institutionBySuffix,
  promotionCentre,
  governmentBySuffix,
  bareZoneBody,
  parkBySuffix,
  parkByWeakSuffix,
  metropolitanArea,
  airportZone,
  placeBySuffix,
  regionPlaces,
  countryNames,
  projectBySuffix,
  companyProject,
  listedProjects,
  colonListedProjects,
  routeWorks,
  waterWorks,
  diversionWorks,
  routeEnd,
  enumeratedNames,
  governmentByLevel,
  venuePlaces,
  companyByTrade,
] as const;
