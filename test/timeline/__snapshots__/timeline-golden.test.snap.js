/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["example, en, 900"] = 
`summary: 3 incidents between 2024 and September 2024.
view: 2023-12-17T00:00:00Z – 2025-01-16T00:00:00Z
show all: 2023-12-17T00:00:00Z – 2025-01-16T00:00:00Z
visible days: 2023-12-17 – 2025-01-15
narrow: false
colour: .cat-0 { --_color: var(--civic-category-expression, #E69F00); }
colour: .cat-1 { --_color: var(--civic-category-assembly, #56B4E9); }
lanes: expression "Expression", assembly "Assembly"
items: 3
  unlocated year lane=expression cat-0 2024-01-01T00:00:00Z – 2025-01-01T00:00:00Z
  protest-ban period lane=assembly cat-1 2024-06-01T00:00:00Z – 2024-10-06T00:00:00Z
  arrests month lane=expression cat-0 2024-09-01T00:00:00Z – 2024-10-01T00:00:00Z
keyboard order: unlocated protest-ban arrests
chart: marks, 900 × 100 (lanes 100)
note: -
filtered period: -
ticks: 34.09 Jan 2024 | 240.91 Apr 2024 | 447.73 Jul 2024 | 656.82 Oct 2024 | 865.91 Jan 2025
bin stops: 0, per day; largest 0
lane expression "Expression" (en) y=0 h=54 colour cat-0
  unlocated x=34.09 w=831.82 row=0: Website blocked, 2024, Expression, Location not stated
  arrests x=588.64 w=68.18 row=1: Journalists arrested, September 2024, Expression, Capital, North
lane assembly "Assembly" y=64 h=36 colour cat-1
  protest-ban x=379.55 w=288.64 row=0: Protests banned, June 2024 – October 5, 2024, Assembly, South`;
/* end snapshot example, en, 900 */

snapshots["example, ko, 900"] = 
`summary: 2024년부터 2024년 9월까지 사건 3건.
view: 2023-12-17T00:00:00Z – 2025-01-16T00:00:00Z
show all: 2023-12-17T00:00:00Z – 2025-01-16T00:00:00Z
visible days: 2023-12-17 – 2025-01-15
narrow: false
colour: .cat-0 { --_color: var(--civic-category-expression, #E69F00); }
colour: .cat-1 { --_color: var(--civic-category-assembly, #56B4E9); }
lanes: expression "표현", assembly "집회"
items: 3
  unlocated year lane=expression cat-0 2024-01-01T00:00:00Z – 2025-01-01T00:00:00Z
  protest-ban period lane=assembly cat-1 2024-06-01T00:00:00Z – 2024-10-06T00:00:00Z
  arrests month lane=expression cat-0 2024-09-01T00:00:00Z – 2024-10-01T00:00:00Z
keyboard order: unlocated protest-ban arrests
chart: marks, 900 × 100 (lanes 100)
note: -
filtered period: -
ticks: 34.09 2024년 1월 | 240.91 2024년 4월 | 447.73 2024년 7월 | 656.82 2024년 10월 | 865.91 2025년 1월
bin stops: 0, per day; largest 0
lane expression "표현" (ko) y=0 h=54 colour cat-0
  unlocated x=34.09 w=831.82 row=0: 웹사이트 차단, 2024년, 표현, 장소 미상
  arrests x=588.64 w=68.18 row=1: 기자 체포, 2024년 9월, 표현, 수도, 북부
lane assembly "집회" (ko) y=64 h=36 colour cat-1
  protest-ban x=379.55 w=288.64 row=0: 시위 금지, 2024년 6월 – 2024년 10월 5일, 집회, 항구, 남부`;
/* end snapshot example, ko, 900 */

snapshots["example, en, filter XA-02 2024-07..2024-12, by region"] = 
`summary: 1 incident in June 2024.
view: 2024-07-01T00:00:00Z – 2025-01-01T00:00:00Z
show all: 2024-05-17T00:00:00Z – 2024-10-21T00:00:00Z
visible days: 2024-07-01 – 2024-12-31
narrow: false
colour: .cat-0 { --_color: var(--civic-category-expression, #E69F00); }
colour: .cat-1 { --_color: var(--civic-category-assembly, #56B4E9); }
lanes: XA-02 "South"
items: 1
  protest-ban period lane=XA-02 cat-1 2024-06-01T00:00:00Z – 2024-10-06T00:00:00Z
keyboard order: protest-ban
chart: marks, 900 × 36 (lanes 36)
note: -
filtered period: 2024-07-01T00:00:00Z – 2025-01-01T00:00:00Z
ticks: 0 Jul 2024 | 151.63 Aug 2024 | 303.26 Sep 2024 | 450 Oct 2024 | 601.63 Nov 2024 | 748.37 Dec 2024
bin stops: 0, per day; largest 0
lane XA-02 "South" (en) y=0 h=36 colour cat-0
  protest-ban x=-146.74 w=621.2 row=0: Protests banned, June 2024 – October 5, 2024, Assembly, South`;
/* end snapshot example, en, filter XA-02 2024-07..2024-12, by region */

snapshots["example, en, 360"] = 
`summary: 3 incidents between 2024 and September 2024.
view: 2023-12-17T00:00:00Z – 2025-01-16T00:00:00Z
show all: 2023-12-17T00:00:00Z – 2025-01-16T00:00:00Z
visible days: 2023-12-17 – 2025-01-15
narrow: true
colour: .cat-0 { --_color: var(--civic-category-expression, #E69F00); }
colour: .cat-1 { --_color: var(--civic-category-assembly, #56B4E9); }
lanes: expression "Expression", assembly "Assembly"
items: 3
  unlocated year lane=expression cat-0 2024-01-01T00:00:00Z – 2025-01-01T00:00:00Z
  protest-ban period lane=assembly cat-1 2024-06-01T00:00:00Z – 2024-10-06T00:00:00Z
  arrests month lane=expression cat-0 2024-09-01T00:00:00Z – 2024-10-01T00:00:00Z
keyboard order: unlocated protest-ban arrests
chart: none`;
/* end snapshot example, en, 360 */

snapshots["example, en, from 2024-08 to 2024-10, height 300, no lanes"] = 
`summary: 3 incidents between 2024 and September 2024.
view: 2024-08-01T00:00:00Z – 2024-11-01T00:00:00Z
show all: 2023-12-17T00:00:00Z – 2025-01-16T00:00:00Z
visible days: 2024-08-01 – 2024-10-31
narrow: false
colour: .cat-0 { --_color: var(--civic-category-expression, #E69F00); }
colour: .cat-1 { --_color: var(--civic-category-assembly, #56B4E9); }
lanes: #all ""
items: 3
  unlocated year lane=#all cat-0 2024-01-01T00:00:00Z – 2025-01-01T00:00:00Z
  protest-ban period lane=#all cat-1 2024-06-01T00:00:00Z – 2024-10-06T00:00:00Z
  arrests month lane=#all cat-0 2024-09-01T00:00:00Z – 2024-10-01T00:00:00Z
keyboard order: unlocated protest-ban arrests
chart: marks, 900 × 300 (lanes 54)
note: -
filtered period: -
ticks: 0 Aug 2024 | 303.26 Sep 2024 | 596.74 Oct 2024
bin stops: 0, per day; largest 0
lane #all "" y=0 h=54 colour cat-0
  unlocated x=-2083.7 w=3580.43 row=0: Website blocked, 2024, Expression, Location not stated
  protest-ban x=-596.74 w=1242.39 row=1: Protests banned, June 2024 – October 5, 2024, Assembly, South
  arrests x=303.26 w=293.48 row=2: Journalists arrested, September 2024, Expression, Capital, North`;
/* end snapshot example, en, from 2024-08 to 2024-10, height 300, no lanes */

snapshots["synthetic 80, ko, 700, by region"] = 
`summary: 2023년 1월부터 2024년 12월까지 사건 80건.
view: 2022-12-02T18:14:24Z – 2025-01-30T05:45:36Z
show all: 2022-12-02T18:14:24Z – 2025-01-30T05:45:36Z
visible days: 2022-12-02 – 2025-01-30
narrow: false
colour: .cat-0 { --_color: var(--civic-category-expression, #E69F00); }
colour: .cat-1 { --_color: var(--civic-category-assembly, #56B4E9); }
colour: .cat-2 { --_color: var(--civic-category-association, #009E73); }
colour: .cat-3 { --_color: var(--civic-category-detention, #0072B2); }
colour: .cat-4 { --_color: var(--civic-category-surveillance, #D55E00); }
colour: .cat-5 { --_color: var(--civic-category-movement, #CC79A7); }
lanes: XA-01 "지역 1", XA-02 "지역 2", XA-03 "지역 3", XA-04 "지역 4", #unlocated "장소 미상"
items: 80
  incident-18 month lane=XA-04 cat-5 2023-01-01T00:00:00Z – 2023-02-01T00:00:00Z
  incident-12 year lane=XA-04 cat-0 2023-01-01T00:00:00Z – 2024-01-01T00:00:00Z
  incident-33 year lane=XA-02 cat-0 2023-01-01T00:00:00Z – 2024-01-01T00:00:00Z
  incident-37 year lane=XA-02 cat-3 2023-01-01T00:00:00Z – 2024-01-01T00:00:00Z
  incident-60 year lane=XA-02 cat-3 2023-01-01T00:00:00Z – 2024-01-01T00:00:00Z
  incident-64 day lane=#unlocated cat-0 2023-01-14T00:00:00Z – 2023-01-15T00:00:00Z
  incident-7 month lane=XA-02 cat-5 2023-02-01T00:00:00Z – 2023-03-01T00:00:00Z
  incident-58 month lane=XA-04 cat-5 2023-02-01T00:00:00Z – 2023-03-01T00:00:00Z
  incident-2 day lane=XA-02 cat-1 2023-02-15T00:00:00Z – 2023-02-16T00:00:00Z
  incident-78 day lane=XA-04 cat-2 2023-03-05T00:00:00Z – 2023-03-06T00:00:00Z
  incident-74 day lane=XA-02 cat-1 2023-03-07T00:00:00Z – 2023-03-08T00:00:00Z
  incident-15 day lane=XA-03 cat-4 2023-03-25T00:00:00Z – 2023-03-26T00:00:00Z
  incident-41 month lane=XA-04 cat-4 2023-04-01T00:00:00Z – 2023-05-01T00:00:00Z
  incident-29 day lane=XA-04 cat-5 2023-04-11T00:00:00Z – 2023-04-12T00:00:00Z
  incident-67 day lane=XA-02 cat-4 2023-04-27T00:00:00Z – 2023-04-28T00:00:00Z
  incident-44 day lane=XA-03 cat-3 2023-05-04T00:00:00Z – 2023-05-05T00:00:00Z
  incident-34 month lane=XA-02 cat-2 2023-06-01T00:00:00Z – 2023-07-01T00:00:00Z
  incident-30 day lane=#unlocated cat-4 2023-06-19T00:00:00Z – 2023-06-20T00:00:00Z
  incident-43 day lane=XA-03 cat-2 2023-06-19T00:00:00Z – 2023-06-20T00:00:00Z
  incident-45 day lane=XA-03 cat-3 2023-06-20T00:00:00Z – 2023-06-21T00:00:00Z
  incident-80 day lane=XA-01 cat-0 2023-06-24T00:00:00Z – 2023-06-25T00:00:00Z
  incident-49 day lane=#unlocated cat-0 2023-07-09T00:00:00Z – 2023-07-10T00:00:00Z
  incident-32 month lane=#unlocated cat-4 2023-08-01T00:00:00Z – 2023-09-01T00:00:00Z
  incident-13 day lane=XA-02 cat-5 2023-08-21T00:00:00Z – 2023-08-22T00:00:00Z
  incident-19 day lane=XA-03 cat-4 2023-09-11T00:00:00Z – 2023-09-12T00:00:00Z
  incident-69 day lane=XA-04 cat-2 2023-09-15T00:00:00Z – 2023-09-16T00:00:00Z
  incident-8 day lane=XA-03 cat-4 2023-09-16T00:00:00Z – 2023-09-17T00:00:00Z
  incident-28 day lane=XA-04 cat-3 2023-09-16T00:00:00Z – 2023-09-17T00:00:00Z
  incident-24 day lane=XA-02 cat-5 2023-09-18T00:00:00Z – 2023-09-19T00:00:00Z
  incident-56 month lane=XA-03 cat-2 2023-10-01T00:00:00Z – 2023-11-01T00:00:00Z
  incident-77 day lane=#unlocated cat-5 2023-10-13T00:00:00Z – 2023-10-14T00:00:00Z
  incident-36 day lane=#unlocated cat-0 2023-11-10T00:00:00Z – 2023-11-11T00:00:00Z
  incident-4 day lane=XA-04 cat-4 2023-11-18T00:00:00Z – 2023-11-19T00:00:00Z
  incident-22 day lane=XA-03 cat-2 2023-12-13T00:00:00Z – 2023-12-14T00:00:00Z
  incident-1 day lane=XA-02 cat-2 2023-12-15T00:00:00Z – 2023-12-16T00:00:00Z
  incident-55 day lane=XA-03 cat-5 2024-01-01T00:00:00Z – 2024-01-02T00:00:00Z
  incident-5 month lane=#unlocated cat-2 2024-01-01T00:00:00Z – 2024-02-01T00:00:00Z
  incident-31 month lane=#unlocated cat-4 2024-01-01T00:00:00Z – 2024-02-01T00:00:00Z
  incident-59 month lane=XA-02 cat-1 2024-01-01T00:00:00Z – 2024-02-01T00:00:00Z
  incident-10 year lane=#unlocated cat-3 2024-01-01T00:00:00Z – 2025-01-01T00:00:00Z
  incident-48 year lane=XA-03 cat-2 2024-01-01T00:00:00Z – 2025-01-01T00:00:00Z
  incident-76 year lane=XA-01 cat-1 2024-01-01T00:00:00Z – 2025-01-01T00:00:00Z
  incident-53 day lane=XA-02 cat-4 2024-01-15T00:00:00Z – 2024-01-16T00:00:00Z
  incident-73 day lane=XA-04 cat-1 2024-01-15T00:00:00Z – 2024-01-16T00:00:00Z
  incident-63 day lane=XA-02 cat-1 2024-01-17T00:00:00Z – 2024-01-18T00:00:00Z
  incident-71 month lane=XA-01 cat-5 2024-02-01T00:00:00Z – 2024-03-01T00:00:00Z
  incident-38 month lane=XA-04 cat-1 2024-03-01T00:00:00Z – 2024-04-01T00:00:00Z
  incident-3 day lane=XA-01 cat-0 2024-03-06T00:00:00Z – 2024-03-07T00:00:00Z
  incident-70 day lane=XA-02 cat-3 2024-03-14T00:00:00Z – 2024-03-15T00:00:00Z
  incident-54 month lane=XA-04 cat-1 2024-04-01T00:00:00Z – 2024-05-01T00:00:00Z
  incident-35 day lane=XA-01 cat-0 2024-04-24T00:00:00Z – 2024-04-25T00:00:00Z
  incident-57 day lane=XA-02 cat-0 2024-05-07T00:00:00Z – 2024-05-08T00:00:00Z
  incident-72 day lane=XA-02 cat-0 2024-05-07T00:00:00Z – 2024-05-08T00:00:00Z
  incident-20 day lane=XA-04 cat-3 2024-05-09T00:00:00Z – 2024-05-10T00:00:00Z
  incident-6 day lane=XA-03 cat-5 2024-05-14T00:00:00Z – 2024-05-15T00:00:00Z
  incident-46 month lane=XA-01 cat-2 2024-06-01T00:00:00Z – 2024-07-01T00:00:00Z
  incident-17 day lane=XA-02 cat-1 2024-06-06T00:00:00Z – 2024-06-07T00:00:00Z
  incident-39 day lane=#unlocated cat-1 2024-06-20T00:00:00Z – 2024-06-21T00:00:00Z
  incident-50 day lane=XA-03 cat-4 2024-06-23T00:00:00Z – 2024-06-24T00:00:00Z
  incident-14 day lane=XA-03 cat-5 2024-08-04T00:00:00Z – 2024-08-05T00:00:00Z
  incident-51 day lane=XA-04 cat-4 2024-08-17T00:00:00Z – 2024-08-18T00:00:00Z
  incident-9 day lane=XA-03 cat-5 2024-08-27T00:00:00Z – 2024-08-28T00:00:00Z
  incident-40 day lane=XA-02 cat-3 2024-09-02T00:00:00Z – 2024-09-03T00:00:00Z
  incident-52 day lane=#unlocated cat-1 2024-09-05T00:00:00Z – 2024-09-06T00:00:00Z
  incident-65 day lane=XA-03 cat-4 2024-09-22T00:00:00Z – 2024-09-23T00:00:00Z
  incident-68 day lane=XA-04 cat-0 2024-09-23T00:00:00Z – 2024-09-24T00:00:00Z
  incident-26 day lane=#unlocated cat-5 2024-10-07T00:00:00Z – 2024-10-08T00:00:00Z
  incident-21 day lane=XA-02 cat-5 2024-10-10T00:00:00Z – 2024-10-11T00:00:00Z
  incident-79 day lane=XA-01 cat-1 2024-10-19T00:00:00Z – 2024-10-20T00:00:00Z
  incident-27 day lane=XA-03 cat-3 2024-10-21T00:00:00Z – 2024-10-22T00:00:00Z
  incident-23 day lane=XA-04 cat-4 2024-11-13T00:00:00Z – 2024-11-14T00:00:00Z
  incident-42 day lane=XA-02 cat-4 2024-11-20T00:00:00Z – 2024-11-21T00:00:00Z
  incident-61 day lane=XA-04 cat-5 2024-11-21T00:00:00Z – 2024-11-22T00:00:00Z
  incident-25 month lane=XA-01 cat-1 2024-12-01T00:00:00Z – 2025-01-01T00:00:00Z
  incident-47 month lane=#unlocated cat-2 2024-12-01T00:00:00Z – 2025-01-01T00:00:00Z
  incident-16 day lane=XA-04 cat-3 2024-12-07T00:00:00Z – 2024-12-08T00:00:00Z
  incident-66 day lane=#unlocated cat-5 2024-12-10T00:00:00Z – 2024-12-11T00:00:00Z
  incident-75 day lane=XA-02 cat-2 2024-12-19T00:00:00Z – 2024-12-20T00:00:00Z
  incident-62 day lane=XA-02 cat-1 2024-12-20T00:00:00Z – 2024-12-21T00:00:00Z
  incident-11 day lane=XA-03 cat-2 2024-12-24T00:00:00Z – 2024-12-25T00:00:00Z
keyboard order: incident-18 incident-12 incident-33 incident-37 incident-60 incident-64 incident-7 incident-58 incident-2 incident-78 incident-74 incident-15 incident-41 incident-29 incident-67 incident-44 incident-34 incident-30 incident-43 incident-45 incident-80 incident-49 incident-32 incident-13 incident-19 incident-69 incident-8 incident-28 incident-24 incident-56 incident-77 incident-36 incident-4 incident-22 incident-1 incident-55 incident-5 incident-31 incident-59 incident-10 incident-48 incident-76 incident-53 incident-73 incident-63 incident-71 incident-38 incident-3 incident-70 incident-54 incident-35 incident-57 incident-72 incident-20 incident-6 incident-46 incident-17 incident-39 incident-50 incident-14 incident-51 incident-9 incident-40 incident-52 incident-65 incident-68 incident-26 incident-21 incident-79 incident-27 incident-23 incident-42 incident-61 incident-25 incident-47 incident-16 incident-66 incident-75 incident-62 incident-11
chart: marks, 700 × 418 (lanes 418)
note: -
filtered period: -
ticks: 25.93 2023년 1월 | 186.41 2023년 7월 | 349.56 2024년 1월 | 510.93 2024년 7월 | 674.07 2025년 1월
bin stops: 0, per day; largest 0
lane XA-01 "지역 1" (ko) y=0 h=72 colour cat-0
  incident-80 x=175.65 w=10 row=0: 합성 사건 80, 2023년 6월 24일, expression, 지역 1
  incident-76 x=349.56 w=324.52 row=0: 합성 사건 76, 2024년, assembly, 지역 1
  incident-71 x=377.04 w=25.71 row=1: 합성 사건 71, 2024년 2월, movement, 지역 1
  incident-3 x=402.63 w=10 row=2: 합성 사건 3, 2024년 3월 6일, expression, 지역 1
  incident-35 x=446.08 w=10 row=1: 합성 사건 35, 2024년 4월 24일, expression, 지역 1
  incident-46 x=484.33 w=26.6 row=1: 합성 사건 46, 2024년 6월, association, 지역 1
  incident-79 x=603.9 w=10 row=1: 합성 사건 79, 2024년 10월 19일, assembly, 지역 1
  incident-25 x=646.59 w=27.49 row=1: 합성 사건 25, 2024년 12월, assembly, 지역 1
lane XA-02 "지역 2" (ko) y=82 h=108 colour cat-0
  incident-33 x=25.93 w=323.63 row=0: 합성 사건 33, 2023년, expression, 지역 2
  incident-37 x=25.93 w=323.63 row=1: 합성 사건 37, 2023년, detention, 지역 2
  incident-60 x=25.93 w=323.63 row=2: 합성 사건 60, 2023년, detention, 지역 2
  incident-7 x=53.41 w=24.83 row=3: 합성 사건 7, 2023년 2월, movement, 지역 2
  incident-2 x=61.27 w=10 row=4: 합성 사건 2, 2023년 2월 15일, assembly, 지역 2
  incident-74 x=79 w=10 row=4: 합성 사건 74, 2023년 3월 7일, assembly, 지역 2
  incident-67 x=124.22 w=10 row=3: 합성 사건 67, 2023년 4월 27일, surveillance, 지역 2
  incident-34 x=159.81 w=26.6 row=3: 합성 사건 34, 2023년 6월, association, 지역 2
  incident-13 x=227.07 w=10 row=3: 합성 사건 13, 2023년 8월 21일, movement, 지역 2
  incident-24 x=251.9 w=10 row=3: 합성 사건 24, 2023년 9월 18일, movement, 지역 2
  incident-1 x=329.93 w=10 row=3: 합성 사건 1, 2023년 12월 15일, association, 지역 2
  incident-59 x=349.56 w=27.49 row=3: 합성 사건 59, 2024년 1월, assembly, 지역 2
  incident-53 x=357.41 w=10 row=0: 합성 사건 53, 2024년 1월 15일, surveillance, 지역 2
  incident-63 x=359.19 w=10 row=1: 합성 사건 63, 2024년 1월 17일, assembly, 지역 2
  incident-70 x=409.73 w=10 row=0: 합성 사건 70, 2024년 3월 14일, detention, 지역 2
  incident-57 x=457.61 w=10 row=0: 합성 사건 57, 2024년 5월 7일, expression, 지역 2
  incident-72 x=457.61 w=10 row=1: 합성 사건 72, 2024년 5월 7일, expression, 지역 2
  incident-17 x=484.21 w=10 row=0: 합성 사건 17, 2024년 6월 6일, assembly, 지역 2
  incident-40 x=562.23 w=10 row=0: 합성 사건 40, 2024년 9월 2일, detention, 지역 2
  incident-21 x=595.92 w=10 row=0: 합성 사건 21, 2024년 10월 10일, movement, 지역 2
  incident-42 x=632.28 w=10 row=0: 합성 사건 42, 2024년 11월 20일, surveillance, 지역 2
  incident-75 x=657.99 w=10 row=0: 합성 사건 75, 2024년 12월 19일, association, 지역 2
  incident-62 x=658.88 w=10 row=1: 합성 사건 62, 2024년 12월 20일, assembly, 지역 2
lane XA-03 "지역 3" (ko) y=200 h=54 colour cat-0
  incident-15 x=94.96 w=10 row=0: 합성 사건 15, 2023년 3월 25일, surveillance, 지역 3
  incident-44 x=130.43 w=10 row=0: 합성 사건 44, 2023년 5월 4일, detention, 지역 3
  incident-43 x=171.21 w=10 row=0: 합성 사건 43, 2023년 6월 19일, association, 지역 3
  incident-45 x=172.1 w=10 row=1: 합성 사건 45, 2023년 6월 20일, detention, 지역 3
  incident-19 x=245.69 w=10 row=0: 합성 사건 19, 2023년 9월 11일, surveillance, 지역 3
  incident-8 x=250.13 w=10 row=1: 합성 사건 8, 2023년 9월 16일, surveillance, 지역 3
  incident-56 x=267.98 w=27.49 row=0: 합성 사건 56, 2023년 10월, association, 지역 3
  incident-22 x=328.15 w=10 row=0: 합성 사건 22, 2023년 12월 13일, association, 지역 3
  incident-55 x=345 w=10 row=0: 합성 사건 55, 2024년 1월 1일, movement, 지역 3
  incident-48 x=349.56 w=324.52 row=1: 합성 사건 48, 2024년, association, 지역 3
  incident-6 x=463.81 w=10 row=0: 합성 사건 6, 2024년 5월 14일, movement, 지역 3
  incident-50 x=499.28 w=10 row=0: 합성 사건 50, 2024년 6월 23일, surveillance, 지역 3
  incident-14 x=536.52 w=10 row=0: 합성 사건 14, 2024년 8월 4일, movement, 지역 3
  incident-9 x=556.91 w=10 row=0: 합성 사건 9, 2024년 8월 27일, movement, 지역 3
  incident-65 x=579.96 w=10 row=0: 합성 사건 65, 2024년 9월 22일, surveillance, 지역 3
  incident-27 x=605.68 w=10 row=0: 합성 사건 27, 2024년 10월 21일, detention, 지역 3
  incident-11 x=662.42 w=10 row=0: 합성 사건 11, 2024년 12월 24일, association, 지역 3
lane XA-04 "지역 4" (ko) y=264 h=72 colour cat-0
  incident-18 x=25.93 w=27.49 row=0: 합성 사건 18, 2023년 1월, movement, 지역 4
  incident-12 x=25.93 w=323.63 row=1: 합성 사건 12, 2023년, expression, 지역 4
  incident-58 x=53.41 w=24.83 row=2: 합성 사건 58, 2023년 2월, movement, 지역 4
  incident-78 x=77.23 w=10 row=0: 합성 사건 78, 2023년 3월 5일, association, 지역 4
  incident-41 x=105.73 w=26.6 row=0: 합성 사건 41, 2023년 4월, surveillance, 지역 4
  incident-29 x=110.04 w=10 row=2: 합성 사건 29, 2023년 4월 11일, movement, 지역 4
  incident-69 x=249.24 w=10 row=0: 합성 사건 69, 2023년 9월 15일, association, 지역 4
  incident-28 x=250.13 w=10 row=2: 합성 사건 28, 2023년 9월 16일, detention, 지역 4
  incident-4 x=305.99 w=10 row=0: 합성 사건 4, 2023년 11월 18일, surveillance, 지역 4
  incident-73 x=357.41 w=10 row=0: 합성 사건 73, 2024년 1월 15일, assembly, 지역 4
  incident-38 x=402.76 w=27.49 row=0: 합성 사건 38, 2024년 3월, assembly, 지역 4
  incident-54 x=430.24 w=26.6 row=1: 합성 사건 54, 2024년 4월, assembly, 지역 4
  incident-20 x=459.38 w=10 row=0: 합성 사건 20, 2024년 5월 9일, detention, 지역 4
  incident-51 x=548.05 w=10 row=0: 합성 사건 51, 2024년 8월 17일, surveillance, 지역 4
  incident-68 x=580.85 w=10 row=0: 합성 사건 68, 2024년 9월 23일, expression, 지역 4
  incident-23 x=626.07 w=10 row=0: 합성 사건 23, 2024년 11월 13일, surveillance, 지역 4
  incident-61 x=633.16 w=10 row=1: 합성 사건 61, 2024년 11월 21일, movement, 지역 4
  incident-16 x=647.35 w=10 row=0: 합성 사건 16, 2024년 12월 7일, detention, 지역 4
lane #unlocated "장소 미상" y=346 h=72 colour cat-0
  incident-64 x=32.9 w=10 row=0: 합성 사건 64, 2023년 1월 14일, expression, 장소 미상
  incident-30 x=171.21 w=10 row=0: 합성 사건 30, 2023년 6월 19일, surveillance, 장소 미상
  incident-49 x=188.95 w=10 row=0: 합성 사건 49, 2023년 7월 9일, expression, 장소 미상
  incident-32 x=213.9 w=27.49 row=0: 합성 사건 32, 2023년 8월, surveillance, 장소 미상
  incident-77 x=274.07 w=10 row=0: 합성 사건 77, 2023년 10월 13일, movement, 장소 미상
  incident-36 x=298.89 w=10 row=0: 합성 사건 36, 2023년 11월 10일, expression, 장소 미상
  incident-5 x=349.56 w=27.49 row=0: 합성 사건 5, 2024년 1월, association, 장소 미상
  incident-31 x=349.56 w=27.49 row=1: 합성 사건 31, 2024년 1월, surveillance, 장소 미상
  incident-10 x=349.56 w=324.52 row=2: 합성 사건 10, 2024년, detention, 장소 미상
  incident-39 x=496.62 w=10 row=0: 합성 사건 39, 2024년 6월 20일, assembly, 장소 미상
  incident-52 x=564.89 w=10 row=0: 합성 사건 52, 2024년 9월 5일, assembly, 장소 미상
  incident-26 x=593.26 w=10 row=0: 합성 사건 26, 2024년 10월 7일, movement, 장소 미상
  incident-47 x=646.59 w=27.49 row=0: 합성 사건 47, 2024년 12월, association, 장소 미상
  incident-66 x=650.01 w=10 row=1: 합성 사건 66, 2024년 12월 10일, movement, 장소 미상`;
/* end snapshot synthetic 80, ko, 700, by region */

snapshots["synthetic 3000, en, 900"] = 
`summary: 3,000 incidents between January 2023 and December 2024; most in February 2023.
view: 2022-12-02T18:14:24Z – 2025-01-30T05:45:36Z
show all: 2022-12-02T18:14:24Z – 2025-01-30T05:45:36Z
visible days: 2022-12-02 – 2025-01-30
narrow: false
colour: .cat-0 { --_color: var(--civic-category-expression, #E69F00); }
colour: .cat-1 { --_color: var(--civic-category-assembly, #56B4E9); }
colour: .cat-2 { --_color: var(--civic-category-association, #009E73); }
colour: .cat-3 { --_color: var(--civic-category-detention, #0072B2); }
colour: .cat-4 { --_color: var(--civic-category-surveillance, #D55E00); }
colour: .cat-5 { --_color: var(--civic-category-movement, #CC79A7); }
lanes: expression "expression", assembly "assembly", association "association", detention "detention", surveillance "surveillance", movement "movement"
items: 3000
keyboard order: -
chart: aggregate, 900 × 422 (lanes 422)
note: Too many incidents to draw one by one: counts per month. Zoom in to see each incident.
filtered period: -
ticks: 33.33 Jan 2023 | 135.93 Apr 2023 | 239.67 Jul 2023 | 344.55 Oct 2023 | 449.43 Jan 2024 | 553.17 Apr 2024 | 656.91 Jul 2024 | 761.79 Oct 2024 | 866.67 Jan 2025
bin stops: 144, per month; largest 62
lane expression "expression" (en) y=0 h=62 colour cat-0
  2023-01-01 x=33.33 w=35.34 16 certain, 27 uncertain
  2023-02-01 x=68.67 w=31.92 15 certain, 27 uncertain
  2023-03-01 x=100.59 w=35.34 22 certain, 27 uncertain
  2023-04-01 x=135.93 w=34.2 19 certain, 27 uncertain
  2023-05-01 x=170.13 w=35.34 16 certain, 27 uncertain
  2023-06-01 x=205.47 w=34.2 18 certain, 27 uncertain
  2023-07-01 x=239.67 w=35.34 18 certain, 27 uncertain
  2023-08-01 x=275.01 w=35.34 19 certain, 27 uncertain
  2023-09-01 x=310.35 w=34.2 13 certain, 27 uncertain
  2023-10-01 x=344.55 w=35.34 21 certain, 27 uncertain
  2023-11-01 x=379.89 w=34.2 22 certain, 27 uncertain
  2023-12-01 x=414.09 w=35.34 20 certain, 27 uncertain
  2024-01-01 x=449.43 w=35.34 14 certain, 31 uncertain
  2024-02-01 x=484.77 w=33.06 15 certain, 31 uncertain
  2024-03-01 x=517.83 w=35.34 21 certain, 31 uncertain
  2024-04-01 x=553.17 w=34.2 12 certain, 31 uncertain
  2024-05-01 x=587.37 w=35.34 14 certain, 31 uncertain
  2024-06-01 x=622.71 w=34.2 15 certain, 31 uncertain
  2024-07-01 x=656.91 w=35.34 18 certain, 31 uncertain
  2024-08-01 x=692.25 w=35.34 14 certain, 31 uncertain
  2024-09-01 x=727.59 w=34.2 18 certain, 31 uncertain
  2024-10-01 x=761.79 w=35.34 14 certain, 31 uncertain
  2024-11-01 x=797.13 w=34.2 17 certain, 31 uncertain
  2024-12-01 x=831.33 w=35.34 11 certain, 31 uncertain
lane assembly "assembly" (en) y=72 h=62 colour cat-1
  2023-01-01 x=33.33 w=35.34 24 certain, 28 uncertain
  2023-02-01 x=68.67 w=31.92 27 certain, 28 uncertain
  2023-03-01 x=100.59 w=35.34 21 certain, 28 uncertain
  2023-04-01 x=135.93 w=34.2 16 certain, 28 uncertain
  2023-05-01 x=170.13 w=35.34 21 certain, 28 uncertain
  2023-06-01 x=205.47 w=34.2 23 certain, 28 uncertain
  2023-07-01 x=239.67 w=35.34 22 certain, 28 uncertain
  2023-08-01 x=275.01 w=35.34 24 certain, 28 uncertain
  2023-09-01 x=310.35 w=34.2 22 certain, 28 uncertain
  2023-10-01 x=344.55 w=35.34 21 certain, 28 uncertain
  2023-11-01 x=379.89 w=34.2 23 certain, 28 uncertain
  2023-12-01 x=414.09 w=35.34 12 certain, 28 uncertain
  2024-01-01 x=449.43 w=35.34 15 certain, 38 uncertain
  2024-02-01 x=484.77 w=33.06 15 certain, 38 uncertain
  2024-03-01 x=517.83 w=35.34 20 certain, 38 uncertain
  2024-04-01 x=553.17 w=34.2 21 certain, 38 uncertain
  2024-05-01 x=587.37 w=35.34 13 certain, 38 uncertain
  2024-06-01 x=622.71 w=34.2 17 certain, 38 uncertain
  2024-07-01 x=656.91 w=35.34 18 certain, 38 uncertain
  2024-08-01 x=692.25 w=35.34 18 certain, 38 uncertain
  2024-09-01 x=727.59 w=34.2 20 certain, 38 uncertain
  2024-10-01 x=761.79 w=35.34 24 certain, 38 uncertain
  2024-11-01 x=797.13 w=34.2 19 certain, 38 uncertain
  2024-12-01 x=831.33 w=35.34 13 certain, 38 uncertain
lane association "association" (en) y=144 h=62 colour cat-2
  2023-01-01 x=33.33 w=35.34 13 certain, 30 uncertain
  2023-02-01 x=68.67 w=31.92 27 certain, 30 uncertain
  2023-03-01 x=100.59 w=35.34 26 certain, 30 uncertain
  2023-04-01 x=135.93 w=34.2 15 certain, 30 uncertain
  2023-05-01 x=170.13 w=35.34 30 certain, 30 uncertain
  2023-06-01 x=205.47 w=34.2 20 certain, 30 uncertain
  2023-07-01 x=239.67 w=35.34 15 certain, 30 uncertain
  2023-08-01 x=275.01 w=35.34 23 certain, 30 uncertain
  2023-09-01 x=310.35 w=34.2 13 certain, 30 uncertain
  2023-10-01 x=344.55 w=35.34 23 certain, 30 uncertain
  2023-11-01 x=379.89 w=34.2 16 certain, 30 uncertain
  2023-12-01 x=414.09 w=35.34 24 certain, 30 uncertain
  2024-01-01 x=449.43 w=35.34 17 certain, 24 uncertain
  2024-02-01 x=484.77 w=33.06 20 certain, 24 uncertain
  2024-03-01 x=517.83 w=35.34 13 certain, 24 uncertain
  2024-04-01 x=553.17 w=34.2 14 certain, 24 uncertain
  2024-05-01 x=587.37 w=35.34 16 certain, 24 uncertain
  2024-06-01 x=622.71 w=34.2 21 certain, 24 uncertain
  2024-07-01 x=656.91 w=35.34 17 certain, 24 uncertain
  2024-08-01 x=692.25 w=35.34 10 certain, 24 uncertain
  2024-09-01 x=727.59 w=34.2 19 certain, 24 uncertain
  2024-10-01 x=761.79 w=35.34 20 certain, 24 uncertain
  2024-11-01 x=797.13 w=34.2 12 certain, 24 uncertain
  2024-12-01 x=831.33 w=35.34 11 certain, 24 uncertain
lane detention "detention" (en) y=216 h=62 colour cat-3
  2023-01-01 x=33.33 w=35.34 13 certain, 26 uncertain
  2023-02-01 x=68.67 w=31.92 24 certain, 26 uncertain
  2023-03-01 x=100.59 w=35.34 21 certain, 26 uncertain
  2023-04-01 x=135.93 w=34.2 16 certain, 26 uncertain
  2023-05-01 x=170.13 w=35.34 17 certain, 26 uncertain
  2023-06-01 x=205.47 w=34.2 19 certain, 26 uncertain
  2023-07-01 x=239.67 w=35.34 8 certain, 26 uncertain
  2023-08-01 x=275.01 w=35.34 13 certain, 26 uncertain
  2023-09-01 x=310.35 w=34.2 17 certain, 26 uncertain
  2023-10-01 x=344.55 w=35.34 19 certain, 26 uncertain
  2023-11-01 x=379.89 w=34.2 16 certain, 26 uncertain
  2023-12-01 x=414.09 w=35.34 17 certain, 26 uncertain
  2024-01-01 x=449.43 w=35.34 20 certain, 23 uncertain
  2024-02-01 x=484.77 w=33.06 23 certain, 23 uncertain
  2024-03-01 x=517.83 w=35.34 16 certain, 23 uncertain
  2024-04-01 x=553.17 w=34.2 15 certain, 23 uncertain
  2024-05-01 x=587.37 w=35.34 13 certain, 23 uncertain
  2024-06-01 x=622.71 w=34.2 26 certain, 23 uncertain
  2024-07-01 x=656.91 w=35.34 22 certain, 23 uncertain
  2024-08-01 x=692.25 w=35.34 18 certain, 23 uncertain
  2024-09-01 x=727.59 w=34.2 17 certain, 23 uncertain
  2024-10-01 x=761.79 w=35.34 18 certain, 23 uncertain
  2024-11-01 x=797.13 w=34.2 19 certain, 23 uncertain
  2024-12-01 x=831.33 w=35.34 23 certain, 23 uncertain
lane surveillance "surveillance" (en) y=288 h=62 colour cat-4
  2023-01-01 x=33.33 w=35.34 23 certain, 27 uncertain
  2023-02-01 x=68.67 w=31.92 19 certain, 27 uncertain
  2023-03-01 x=100.59 w=35.34 21 certain, 27 uncertain
  2023-04-01 x=135.93 w=34.2 16 certain, 27 uncertain
  2023-05-01 x=170.13 w=35.34 16 certain, 27 uncertain
  2023-06-01 x=205.47 w=34.2 16 certain, 27 uncertain
  2023-07-01 x=239.67 w=35.34 20 certain, 27 uncertain
  2023-08-01 x=275.01 w=35.34 12 certain, 27 uncertain
  2023-09-01 x=310.35 w=34.2 21 certain, 27 uncertain
  2023-10-01 x=344.55 w=35.34 13 certain, 27 uncertain
  2023-11-01 x=379.89 w=34.2 25 certain, 27 uncertain
  2023-12-01 x=414.09 w=35.34 19 certain, 27 uncertain
  2024-01-01 x=449.43 w=35.34 12 certain, 26 uncertain
  2024-02-01 x=484.77 w=33.06 19 certain, 26 uncertain
  2024-03-01 x=517.83 w=35.34 24 certain, 26 uncertain
  2024-04-01 x=553.17 w=34.2 24 certain, 26 uncertain
  2024-05-01 x=587.37 w=35.34 17 certain, 26 uncertain
  2024-06-01 x=622.71 w=34.2 21 certain, 26 uncertain
  2024-07-01 x=656.91 w=35.34 22 certain, 26 uncertain
  2024-08-01 x=692.25 w=35.34 22 certain, 26 uncertain
  2024-09-01 x=727.59 w=34.2 20 certain, 26 uncertain
  2024-10-01 x=761.79 w=35.34 26 certain, 26 uncertain
  2024-11-01 x=797.13 w=34.2 24 certain, 26 uncertain
  2024-12-01 x=831.33 w=35.34 17 certain, 26 uncertain
lane movement "movement" (en) y=360 h=62 colour cat-5
  2023-01-01 x=33.33 w=35.34 25 certain, 28 uncertain
  2023-02-01 x=68.67 w=31.92 25 certain, 28 uncertain
  2023-03-01 x=100.59 w=35.34 15 certain, 28 uncertain
  2023-04-01 x=135.93 w=34.2 15 certain, 28 uncertain
  2023-05-01 x=170.13 w=35.34 23 certain, 28 uncertain
  2023-06-01 x=205.47 w=34.2 23 certain, 28 uncertain
  2023-07-01 x=239.67 w=35.34 25 certain, 28 uncertain
  2023-08-01 x=275.01 w=35.34 13 certain, 28 uncertain
  2023-09-01 x=310.35 w=34.2 14 certain, 28 uncertain
  2023-10-01 x=344.55 w=35.34 27 certain, 28 uncertain
  2023-11-01 x=379.89 w=34.2 25 certain, 28 uncertain
  2023-12-01 x=414.09 w=35.34 21 certain, 28 uncertain
  2024-01-01 x=449.43 w=35.34 19 certain, 24 uncertain
  2024-02-01 x=484.77 w=33.06 11 certain, 24 uncertain
  2024-03-01 x=517.83 w=35.34 12 certain, 24 uncertain
  2024-04-01 x=553.17 w=34.2 10 certain, 24 uncertain
  2024-05-01 x=587.37 w=35.34 23 certain, 24 uncertain
  2024-06-01 x=622.71 w=34.2 22 certain, 24 uncertain
  2024-07-01 x=656.91 w=35.34 19 certain, 24 uncertain
  2024-08-01 x=692.25 w=35.34 22 certain, 24 uncertain
  2024-09-01 x=727.59 w=34.2 18 certain, 24 uncertain
  2024-10-01 x=761.79 w=35.34 18 certain, 24 uncertain
  2024-11-01 x=797.13 w=34.2 19 certain, 24 uncertain
  2024-12-01 x=831.33 w=35.34 19 certain, 24 uncertain`;
/* end snapshot synthetic 3000, en, 900 */

