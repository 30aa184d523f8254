/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["tracker: example, English"] = 
`{
  "filter": {},
  "current": {
    "review": "upr-4",
    "entries": [
      "rec-1: noted, not-started; press detention",
      "rec-2: unknown, unknown; (none)"
    ],
    "byResponse": {
      "total": 10,
      "listed": 2,
      "unlisted": 8,
      "segments": [
        "noted: 1, 10% from 0%",
        "unknown: 1, 10% from 10%",
        "unlisted: 8, 80% from 20%"
      ],
      "counts": {
        "supported": 0,
        "noted": 1,
        "pending": 0,
        "unknown": 1
      }
    },
    "byImplementation": {
      "total": 10,
      "listed": 2,
      "unlisted": 8,
      "segments": [
        "not-started: 1, 10% from 0%",
        "unknown: 1, 10% from 10%",
        "unlisted: 8, 80% from 20%"
      ],
      "counts": {
        "not-started": 1,
        "in-progress": 0,
        "implemented": 0,
        "regressed": 0,
        "unknown": 1
      }
    },
    "summary": "10 recommendations received; 2 listed here, in 2 themes; responses: 1 noted, 1 unknown; implementation: 1 not started, 1 unknown.",
    "themeOptions": "press detention (none)",
    "stateOptions": "Norway",
    "shown": "rec-1 rec-2",
    "groups": [
      "press: rec-1",
      "(none): rec-2"
    ],
    "ordered": "rec-1 rec-2",
    "groupTotals": {
      "press": 1,
      "(none)": 1
    },
    "sharedQuery": ""
  }
}
`;
/* end snapshot tracker: example, English */

snapshots["tracker: example, Korean"] = 
`{
  "filter": {},
  "current": {
    "review": "upr-4",
    "entries": [
      "rec-1: noted, not-started; press detention",
      "rec-2: unknown, unknown; (none)"
    ],
    "byResponse": {
      "total": 10,
      "listed": 2,
      "unlisted": 8,
      "segments": [
        "noted: 1, 10% from 0%",
        "unknown: 1, 10% from 10%",
        "unlisted: 8, 80% from 20%"
      ],
      "counts": {
        "supported": 0,
        "noted": 1,
        "pending": 0,
        "unknown": 1
      }
    },
    "byImplementation": {
      "total": 10,
      "listed": 2,
      "unlisted": 8,
      "segments": [
        "not-started: 1, 10% from 0%",
        "unknown: 1, 10% from 10%",
        "unlisted: 8, 80% from 20%"
      ],
      "counts": {
        "not-started": 1,
        "in-progress": 0,
        "implemented": 0,
        "regressed": 0,
        "unknown": 1
      }
    },
    "summary": "권고 10건 접수; 그중 2건을 주제 2개로 여기에 정리; 수용 여부: 주목 1건, 알 수 없음 1건; 이행 상황: 미착수 1건, 알 수 없음 1건.",
    "themeOptions": "press detention (none)",
    "stateOptions": "노르웨이",
    "shown": "rec-1 rec-2",
    "groups": [
      "press: rec-1",
      "(none): rec-2"
    ],
    "ordered": "rec-1 rec-2",
    "groupTotals": {
      "press": 1,
      "(none)": 1
    },
    "sharedQuery": ""
  }
}
`;
/* end snapshot tracker: example, Korean */

snapshots["tracker: example, linked, a region and a period, response noted"] = 
`{
  "filter": {
    "response": "noted"
  },
  "current": {
    "review": "upr-4",
    "entries": [
      "rec-1: noted, not-started; press detention",
      "rec-2: unknown, unknown; (none)"
    ],
    "byResponse": {
      "total": 10,
      "listed": 2,
      "unlisted": 8,
      "segments": [
        "noted: 1, 10% from 0%",
        "unknown: 1, 10% from 10%",
        "unlisted: 8, 80% from 20%"
      ],
      "counts": {
        "supported": 0,
        "noted": 1,
        "pending": 0,
        "unknown": 1
      }
    },
    "byImplementation": {
      "total": 10,
      "listed": 2,
      "unlisted": 8,
      "segments": [
        "not-started: 1, 10% from 0%",
        "unknown: 1, 10% from 10%",
        "unlisted: 8, 80% from 20%"
      ],
      "counts": {
        "not-started": 1,
        "in-progress": 0,
        "implemented": 0,
        "regressed": 0,
        "unknown": 1
      }
    },
    "summary": "10 recommendations received; 2 listed here, in 2 themes; responses: 1 noted, 1 unknown; implementation: 1 not started, 1 unknown.",
    "themeOptions": "press detention (none)",
    "stateOptions": "Norway",
    "shown": "rec-1",
    "groups": [
      "press: rec-1"
    ],
    "ordered": "rec-1",
    "groupTotals": {
      "press": 1
    },
    "sharedQuery": "",
    "context": {
      "incidents": "protest-ban",
      "matching": true
    }
  }
}
`;
/* end snapshot tracker: example, linked, a region and a period, response noted */

snapshots["tracker: two reviews, the older one, its filters carried from the other"] = 
`{
  "filter": {
    "query": "release"
  },
  "current": {
    "review": "upr-3",
    "entries": [
      "old-1: noted, not-started; press detention"
    ],
    "byResponse": {
      "total": 3,
      "listed": 1,
      "unlisted": 2,
      "segments": [
        "noted: 1, 33.33% from 0%",
        "unlisted: 2, 66.67% from 33.33%"
      ],
      "counts": {
        "supported": 0,
        "noted": 1,
        "pending": 0,
        "unknown": 0
      }
    },
    "byImplementation": {
      "total": 3,
      "listed": 1,
      "unlisted": 2,
      "segments": [
        "not-started: 1, 33.33% from 0%",
        "unlisted: 2, 66.67% from 33.33%"
      ],
      "counts": {
        "not-started": 1,
        "in-progress": 0,
        "implemented": 0,
        "regressed": 0,
        "unknown": 0
      }
    },
    "summary": "3 recommendations received; 1 listed here, in 2 themes; responses: 1 noted; implementation: 1 not started.",
    "themeOptions": "press detention",
    "stateOptions": "Austria, Chile",
    "shown": "old-1",
    "groups": [
      "press: old-1"
    ],
    "ordered": "old-1",
    "groupTotals": {
      "press": 1
    },
    "sharedQuery": "",
    "context": {
      "incidents": "",
      "matching": false
    }
  }
}
`;
/* end snapshot tracker: two reviews, the older one, its filters carried from the other */

snapshots["tracker: synthetic, Korean, linked, a theme, an implementation and shared words"] = 
`{
  "filter": {
    "implementation": "in-progress",
    "theme": "detention"
  },
  "current": {
    "review": "synthetic-review",
    "entries": [
      "recommendation-1: supported, not-started; cooperation",
      "recommendation-2: noted, regressed; treaties",
      "recommendation-3: pending, not-started; detention",
      "recommendation-4: unknown, in-progress; detention",
      "recommendation-5: supported, in-progress; treaties",
      "recommendation-6: pending, regressed; expression",
      "recommendation-7: supported, not-started; treaties",
      "recommendation-8: pending, regressed; expression",
      "recommendation-9: noted, unknown; expression",
      "recommendation-10: unknown, unknown; treaties",
      "recommendation-11: unknown, not-started; detention",
      "recommendation-12: noted, unknown; cooperation",
      "recommendation-13: pending, in-progress; detention",
      "recommendation-14: unknown, unknown; expression",
      "recommendation-15: unknown, unknown; treaties",
      "recommendation-16: noted, regressed; expression",
      "recommendation-17: pending, not-started; treaties",
      "recommendation-18: noted, unknown; expression",
      "recommendation-19: noted, in-progress; expression",
      "recommendation-20: supported, not-started; treaties",
      "recommendation-21: supported, in-progress; cooperation",
      "recommendation-22: pending, regressed; cooperation",
      "recommendation-23: pending, in-progress; detention",
      "recommendation-24: unknown, not-started; detention",
      "recommendation-25: unknown, regressed; cooperation",
      "recommendation-26: pending, regressed; expression",
      "recommendation-27: pending, in-progress; treaties",
      "recommendation-28: supported, unknown; expression",
      "recommendation-29: noted, regressed; cooperation",
      "recommendation-30: pending, in-progress; cooperation",
      "recommendation-31: unknown, regressed; cooperation",
      "recommendation-32: unknown, in-progress; expression",
      "recommendation-33: unknown, in-progress; cooperation",
      "recommendation-34: unknown, unknown; treaties",
      "recommendation-35: pending, regressed; detention",
      "recommendation-36: pending, not-started; treaties",
      "recommendation-37: supported, not-started; expression",
      "recommendation-38: pending, implemented; cooperation",
      "recommendation-39: pending, in-progress; expression",
      "recommendation-40: supported, implemented; expression",
      "recommendation-41: unknown, implemented; detention",
      "recommendation-42: unknown, in-progress; cooperation",
      "recommendation-43: noted, unknown; cooperation",
      "recommendation-44: unknown, regressed; detention",
      "recommendation-45: supported, regressed; cooperation",
      "recommendation-46: supported, regressed; cooperation",
      "recommendation-47: supported, in-progress; expression",
      "recommendation-48: unknown, in-progress; treaties",
      "recommendation-49: pending, in-progress; expression",
      "recommendation-50: noted, implemented; cooperation",
      "recommendation-51: noted, implemented; cooperation",
      "recommendation-52: pending, implemented; treaties",
      "recommendation-53: noted, not-started; expression",
      "recommendation-54: pending, in-progress; expression",
      "recommendation-55: noted, in-progress; cooperation",
      "recommendation-56: pending, regressed; detention",
      "recommendation-57: pending, regressed; cooperation",
      "recommendation-58: supported, not-started; treaties",
      "recommendation-59: pending, implemented; cooperation",
      "recommendation-60: pending, regressed; cooperation"
    ],
    "byResponse": {
      "total": 60,
      "listed": 60,
      "unlisted": 0,
      "segments": [
        "supported: 12, 20% from 0%",
        "noted: 12, 20% from 20%",
        "pending: 21, 35% from 40%",
        "unknown: 15, 25% from 75%"
      ],
      "counts": {
        "supported": 12,
        "noted": 12,
        "pending": 21,
        "unknown": 15
      }
    },
    "byImplementation": {
      "total": 60,
      "listed": 60,
      "unlisted": 0,
      "segments": [
        "not-started: 11, 18.33% from 0%",
        "in-progress: 17, 28.33% from 18.33%",
        "implemented: 7, 11.67% from 46.67%",
        "regressed: 16, 26.67% from 58.33%",
        "unknown: 9, 15% from 85%"
      ],
      "counts": {
        "not-started": 11,
        "in-progress": 17,
        "implemented": 7,
        "regressed": 16,
        "unknown": 9
      }
    },
    "summary": "권고 60건 접수; 그중 60건을 주제 4개로 여기에 정리; 수용 여부: 수용 12건, 주목 12건, 검토 중 21건, 알 수 없음 15건; 이행 상황: 미착수 11건, 이행 중 17건, 이행 완료 7건, 후퇴 16건, 알 수 없음 9건.",
    "themeOptions": "expression detention treaties cooperation",
    "stateOptions": "State 1, State 10, State 11, State 12, State 14, State 15, State 16, State 17, State 18, State 19, State 21, State 22, State 23, State 26, State 27, State 29, State 3, State 31, State 32, State 33, State 34, State 36, State 38, State 39, State 43, State 47, State 5, State 50, State 51, State 52, State 53, State 54, State 55, State 56, State 59, State 6, State 60, State 9",
    "shown": "recommendation-4 recommendation-13 recommendation-23",
    "groups": [
      "detention: recommendation-4 recommendation-13 recommendation-23"
    ],
    "ordered": "recommendation-4 recommendation-13 recommendation-23",
    "groupTotals": {
      "detention": 3
    },
    "sharedQuery": "합성",
    "context": {
      "incidents": "incident-97 incident-43 incident-113 incident-149",
      "matching": true
    }
  }
}
`;
/* end snapshot tracker: synthetic, Korean, linked, a theme, an implementation and shared words */

snapshots["tracker: synthetic, English, a response and words, in several themes"] = 
`{
  "filter": {
    "query": "recommendation 2",
    "response": "pending"
  },
  "current": {
    "review": "synthetic-review",
    "entries": [
      "recommendation-1: supported, not-started; cooperation",
      "recommendation-2: noted, regressed; treaties",
      "recommendation-3: pending, not-started; detention",
      "recommendation-4: unknown, in-progress; detention",
      "recommendation-5: supported, in-progress; treaties",
      "recommendation-6: pending, regressed; expression",
      "recommendation-7: supported, not-started; treaties",
      "recommendation-8: pending, regressed; expression",
      "recommendation-9: noted, unknown; expression",
      "recommendation-10: unknown, unknown; treaties",
      "recommendation-11: unknown, not-started; detention",
      "recommendation-12: noted, unknown; cooperation",
      "recommendation-13: pending, in-progress; detention",
      "recommendation-14: unknown, unknown; expression",
      "recommendation-15: unknown, unknown; treaties",
      "recommendation-16: noted, regressed; expression",
      "recommendation-17: pending, not-started; treaties",
      "recommendation-18: noted, unknown; expression",
      "recommendation-19: noted, in-progress; expression",
      "recommendation-20: supported, not-started; treaties",
      "recommendation-21: supported, in-progress; cooperation",
      "recommendation-22: pending, regressed; cooperation",
      "recommendation-23: pending, in-progress; detention",
      "recommendation-24: unknown, not-started; detention",
      "recommendation-25: unknown, regressed; cooperation",
      "recommendation-26: pending, regressed; expression",
      "recommendation-27: pending, in-progress; treaties",
      "recommendation-28: supported, unknown; expression",
      "recommendation-29: noted, regressed; cooperation",
      "recommendation-30: pending, in-progress; cooperation",
      "recommendation-31: unknown, regressed; cooperation",
      "recommendation-32: unknown, in-progress; expression",
      "recommendation-33: unknown, in-progress; cooperation",
      "recommendation-34: unknown, unknown; treaties",
      "recommendation-35: pending, regressed; detention",
      "recommendation-36: pending, not-started; treaties",
      "recommendation-37: supported, not-started; expression",
      "recommendation-38: pending, implemented; cooperation",
      "recommendation-39: pending, in-progress; expression",
      "recommendation-40: supported, implemented; expression",
      "recommendation-41: unknown, implemented; detention",
      "recommendation-42: unknown, in-progress; cooperation",
      "recommendation-43: noted, unknown; cooperation",
      "recommendation-44: unknown, regressed; detention",
      "recommendation-45: supported, regressed; cooperation",
      "recommendation-46: supported, regressed; cooperation",
      "recommendation-47: supported, in-progress; expression",
      "recommendation-48: unknown, in-progress; treaties",
      "recommendation-49: pending, in-progress; expression",
      "recommendation-50: noted, implemented; cooperation",
      "recommendation-51: noted, implemented; cooperation",
      "recommendation-52: pending, implemented; treaties",
      "recommendation-53: noted, not-started; expression",
      "recommendation-54: pending, in-progress; expression",
      "recommendation-55: noted, in-progress; cooperation",
      "recommendation-56: pending, regressed; detention",
      "recommendation-57: pending, regressed; cooperation",
      "recommendation-58: supported, not-started; treaties",
      "recommendation-59: pending, implemented; cooperation",
      "recommendation-60: pending, regressed; cooperation"
    ],
    "byResponse": {
      "total": 60,
      "listed": 60,
      "unlisted": 0,
      "segments": [
        "supported: 12, 20% from 0%",
        "noted: 12, 20% from 20%",
        "pending: 21, 35% from 40%",
        "unknown: 15, 25% from 75%"
      ],
      "counts": {
        "supported": 12,
        "noted": 12,
        "pending": 21,
        "unknown": 15
      }
    },
    "byImplementation": {
      "total": 60,
      "listed": 60,
      "unlisted": 0,
      "segments": [
        "not-started: 11, 18.33% from 0%",
        "in-progress: 17, 28.33% from 18.33%",
        "implemented: 7, 11.67% from 46.67%",
        "regressed: 16, 26.67% from 58.33%",
        "unknown: 9, 15% from 85%"
      ],
      "counts": {
        "not-started": 11,
        "in-progress": 17,
        "implemented": 7,
        "regressed": 16,
        "unknown": 9
      }
    },
    "summary": "60 recommendations received; 60 listed here, in 4 themes; responses: 12 supported, 12 noted, 21 pending, 15 unknown; implementation: 11 not started, 17 in progress, 7 implemented, 16 regressed, 9 unknown.",
    "themeOptions": "expression detention treaties cooperation",
    "stateOptions": "State 1, State 10, State 11, State 12, State 14, State 15, State 16, State 17, State 18, State 19, State 21, State 22, State 23, State 26, State 27, State 29, State 3, State 31, State 32, State 33, State 34, State 36, State 38, State 39, State 43, State 47, State 5, State 50, State 51, State 52, State 53, State 54, State 55, State 56, State 59, State 6, State 60, State 9",
    "shown": "recommendation-3 recommendation-22 recommendation-23 recommendation-26 recommendation-27 recommendation-52 recommendation-56",
    "groups": [
      "expression: recommendation-26",
      "detention: recommendation-3 recommendation-23 recommendation-56",
      "treaties: recommendation-27 recommendation-52",
      "cooperation: recommendation-22"
    ],
    "ordered": "recommendation-26 recommendation-3 recommendation-23 recommendation-56 recommendation-27 recommendation-52 recommendation-22",
    "groupTotals": {
      "expression": 1,
      "detention": 3,
      "treaties": 2,
      "cooperation": 1
    },
    "sharedQuery": ""
  }
}
`;
/* end snapshot tracker: synthetic, English, a response and words, in several themes */

snapshots["tracker: synthetic, English, a recommending state"] = 
`{
  "filter": {
    "state": "State 12"
  },
  "current": {
    "review": "synthetic-review",
    "entries": [
      "recommendation-1: supported, not-started; cooperation",
      "recommendation-2: noted, regressed; treaties",
      "recommendation-3: pending, not-started; detention",
      "recommendation-4: unknown, in-progress; detention",
      "recommendation-5: supported, in-progress; treaties",
      "recommendation-6: pending, regressed; expression",
      "recommendation-7: supported, not-started; treaties",
      "recommendation-8: pending, regressed; expression",
      "recommendation-9: noted, unknown; expression",
      "recommendation-10: unknown, unknown; treaties",
      "recommendation-11: unknown, not-started; detention",
      "recommendation-12: noted, unknown; cooperation",
      "recommendation-13: pending, in-progress; detention",
      "recommendation-14: unknown, unknown; expression",
      "recommendation-15: unknown, unknown; treaties",
      "recommendation-16: noted, regressed; expression",
      "recommendation-17: pending, not-started; treaties",
      "recommendation-18: noted, unknown; expression",
      "recommendation-19: noted, in-progress; expression",
      "recommendation-20: supported, not-started; treaties",
      "recommendation-21: supported, in-progress; cooperation",
      "recommendation-22: pending, regressed; cooperation",
      "recommendation-23: pending, in-progress; detention",
      "recommendation-24: unknown, not-started; detention",
      "recommendation-25: unknown, regressed; cooperation",
      "recommendation-26: pending, regressed; expression",
      "recommendation-27: pending, in-progress; treaties",
      "recommendation-28: supported, unknown; expression",
      "recommendation-29: noted, regressed; cooperation",
      "recommendation-30: pending, in-progress; cooperation",
      "recommendation-31: unknown, regressed; cooperation",
      "recommendation-32: unknown, in-progress; expression",
      "recommendation-33: unknown, in-progress; cooperation",
      "recommendation-34: unknown, unknown; treaties",
      "recommendation-35: pending, regressed; detention",
      "recommendation-36: pending, not-started; treaties",
      "recommendation-37: supported, not-started; expression",
      "recommendation-38: pending, implemented; cooperation",
      "recommendation-39: pending, in-progress; expression",
      "recommendation-40: supported, implemented; expression",
      "recommendation-41: unknown, implemented; detention",
      "recommendation-42: unknown, in-progress; cooperation",
      "recommendation-43: noted, unknown; cooperation",
      "recommendation-44: unknown, regressed; detention",
      "recommendation-45: supported, regressed; cooperation",
      "recommendation-46: supported, regressed; cooperation",
      "recommendation-47: supported, in-progress; expression",
      "recommendation-48: unknown, in-progress; treaties",
      "recommendation-49: pending, in-progress; expression",
      "recommendation-50: noted, implemented; cooperation",
      "recommendation-51: noted, implemented; cooperation",
      "recommendation-52: pending, implemented; treaties",
      "recommendation-53: noted, not-started; expression",
      "recommendation-54: pending, in-progress; expression",
      "recommendation-55: noted, in-progress; cooperation",
      "recommendation-56: pending, regressed; detention",
      "recommendation-57: pending, regressed; cooperation",
      "recommendation-58: supported, not-started; treaties",
      "recommendation-59: pending, implemented; cooperation",
      "recommendation-60: pending, regressed; cooperation"
    ],
    "byResponse": {
      "total": 60,
      "listed": 60,
      "unlisted": 0,
      "segments": [
        "supported: 12, 20% from 0%",
        "noted: 12, 20% from 20%",
        "pending: 21, 35% from 40%",
        "unknown: 15, 25% from 75%"
      ],
      "counts": {
        "supported": 12,
        "noted": 12,
        "pending": 21,
        "unknown": 15
      }
    },
    "byImplementation": {
      "total": 60,
      "listed": 60,
      "unlisted": 0,
      "segments": [
        "not-started: 11, 18.33% from 0%",
        "in-progress: 17, 28.33% from 18.33%",
        "implemented: 7, 11.67% from 46.67%",
        "regressed: 16, 26.67% from 58.33%",
        "unknown: 9, 15% from 85%"
      ],
      "counts": {
        "not-started": 11,
        "in-progress": 17,
        "implemented": 7,
        "regressed": 16,
        "unknown": 9
      }
    },
    "summary": "60 recommendations received; 60 listed here, in 4 themes; responses: 12 supported, 12 noted, 21 pending, 15 unknown; implementation: 11 not started, 17 in progress, 7 implemented, 16 regressed, 9 unknown.",
    "themeOptions": "expression detention treaties cooperation",
    "stateOptions": "State 1, State 10, State 11, State 12, State 14, State 15, State 16, State 17, State 18, State 19, State 21, State 22, State 23, State 26, State 27, State 29, State 3, State 31, State 32, State 33, State 34, State 36, State 38, State 39, State 43, State 47, State 5, State 50, State 51, State 52, State 53, State 54, State 55, State 56, State 59, State 6, State 60, State 9",
    "shown": "recommendation-18",
    "groups": [
      "expression: recommendation-18"
    ],
    "ordered": "recommendation-18",
    "groupTotals": {
      "expression": 1
    },
    "sharedQuery": ""
  }
}
`;
/* end snapshot tracker: synthetic, English, a recommending state */

snapshots["tracker: no review"] = 
`{
  "filter": {
    "query": "kept"
  }
}
`;
/* end snapshot tracker: no review */

